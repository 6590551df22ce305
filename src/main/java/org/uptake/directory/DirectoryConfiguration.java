package org.uptake.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.uptake.platform.NavigationItem;
import org.uptake.platform.PublicEndpoint;

/** Navigation entries and public endpoints of the directory. */
@Configuration
class DirectoryConfiguration {

    @Bean
    NavigationItem organisationsNavigation() {
        return NavigationItem.forSignedIn("nav.organisations", "/organisations", 800);
    }

    @Bean
    PublicEndpoint regionsApi() {
        return PublicEndpoint.get("/api/v1/regions/**");
    }

    @Bean
    PublicEndpoint sectorsApi() {
        return PublicEndpoint.get("/api/v1/sectors/**");
    }

    @Bean
    PublicEndpoint regionPicker() {
        return PublicEndpoint.get("/regions/**");
    }

    @Bean
    PublicEndpoint sectorPicker() {
        return PublicEndpoint.get("/sectors/**");
    }
}
