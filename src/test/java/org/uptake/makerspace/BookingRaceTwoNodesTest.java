package org.uptake.makerspace;

import static org.uptake.makerspace.Makerspaces.libraryHours;
import static org.uptake.makerspace.Makerspaces.machine;
import static org.uptake.makerspace.Makerspaces.next;
import static org.uptake.makerspace.Makerspaces.rules;
import static org.uptake.makerspace.Makerspaces.slot;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.TestMailServer;
import org.uptake.UptakeApplication;
import org.uptake.makerspace.Makerspaces.Staff;

/**
 * The booking race with two application nodes on one database (H2 in the test JVM, or the PostgreSQL of
 * {@code UPTAKE_DB_URL}): a second instance of the application is started next to the test's, and the requests
 * alternate between the two. Nothing but the database keeps them apart. {@code -Dmakerspace.race.people=200}
 * runs it with more people.
 */
@ApplicationTest
class BookingRaceTwoNodesTest {

    private static ConfigurableApplicationContext secondNode;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment environment;

    Makerspaces makerspaces;

    @BeforeEach
    void setUp() {
        makerspaces = new Makerspaces(port, jdbc);
        if (secondNode == null) {
            secondNode = new SpringApplicationBuilder(UptakeApplication.class).profiles("test").properties(
                    "server.port=0",
                    "spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                    "spring.datasource.username=" + environment.getProperty("spring.datasource.username", ""),
                    "spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                    "spring.mail.host=127.0.0.1", "spring.mail.port=" + TestMailServer.port(),
                    "spring.devtools.restart.enabled=false").run();
        }
    }

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
            secondNode = null;
        }
    }

    private int secondPort() {
        return ((WebServerApplicationContext) secondNode).getWebServer().getPort();
    }

    @Test
    void oneWinnerAcrossTwoNodes() throws Exception {
        race(1);
    }

    @Test
    void twoPrintersTwoWinnersAcrossTwoNodes() throws Exception {
        race(2);
    }

    private void race(int units) throws Exception {
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(null));
        String printer = makerspaces.equipment(staff, venue, machine("PRINTER_3D", units, false, null));
        List<ApiClient> people = new ArrayList<>();
        for (int i = 0; i < BookingRaceTest.PEOPLE; i++) {
            people.add(makerspaces.person().api());
        }
        var answers = BookingRaceTest.race(people, List.of(port, secondPort()), "/api/v1/equipment/" + printer
                + "/bookings", slot(next(DayOfWeek.THURSDAY, 3), "14:00", "15:00"));
        BookingRaceTest.assertOutcome(answers, units, printer, jdbc);
    }
}
