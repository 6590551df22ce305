package org.uptake.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;

/** NUTS and NACE are loaded completely and answered without signing in. */
@ApplicationTest
class ReferenceDataApiTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void loadsAllNutsCodesAndAllNaceLevels() {
        assertThat(jdbc.queryForObject("select count(*) from region", Integer.class)).isEqualTo(2010);
        assertThat(jdbc.queryForObject("select count(*) from region where level = 3 and country_code = 'NO'", Integer.class))
                .isEqualTo(13);
        assertThat(jdbc.queryForObject("select count(*) from sector", Integer.class)).isEqualTo(996);
        assertThat(jdbc.queryForObject("select count(*) from sector where level = 1 and name_de is not null and name_nb is not null",
                Integer.class)).isEqualTo(21);
    }

    @Test
    void answersRegionsWithTheirPathInTheReadersLanguage() {
        var altmark = new ApiClient(port).language("en").get("/api/v1/regions/DEE04");
        assertThat(altmark.status()).isEqualTo(200);
        assertThat(altmark.text("path")).isEqualTo("Altmarkkreis Salzwedel · Sachsen-Anhalt · Germany");
        assertThat(new ApiClient(port).language("nb").get("/api/v1/regions/NO060").text("countryName")).isEqualTo("Norge");
        assertThat(new ApiClient(port).get("/api/v1/regions/DEA36").text("name")).isEqualTo("Recklinghausen");
    }

    @Test
    void searchesRegionsByCountryLevelAndName() {
        var trondelag = new ApiClient(port).get("/api/v1/regions?country=NO&level=2&q=Trønd").body();
        assertThat(trondelag.findValuesAsString("code")).containsExactly("NO06");
        assertThat(new ApiClient(port).get("/api/v1/regions?level=7").status()).isEqualTo(400);
        assertThat(new ApiClient(port).get("/api/v1/regions/ZZ999").status()).isEqualTo(404);
    }

    @Test
    void answersSectorsInTheReadersLanguage() {
        var section = new ApiClient(port).language("de").get("/api/v1/sectors/F");
        assertThat(section.text("name")).isEqualTo("Baugewerbe");
        var sections = new ApiClient(port).language("nb").get("/api/v1/sectors?level=1").body();
        assertThat(sections.size()).isEqualTo(21);
        assertThat(sections.get(2).path("name").asString()).isEqualTo("Industri");
        var plumbing = new ApiClient(port).get("/api/v1/sectors?q=plumbing").body();
        assertThat(plumbing.findValuesAsString("code")).contains("43.22");
    }
}
