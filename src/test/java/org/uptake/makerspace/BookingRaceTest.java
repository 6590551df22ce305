package org.uptake.makerspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uptake.makerspace.Makerspaces.libraryHours;
import static org.uptake.makerspace.Makerspaces.machine;
import static org.uptake.makerspace.Makerspaces.next;
import static org.uptake.makerspace.Makerspaces.rules;
import static org.uptake.makerspace.Makerspaces.slot;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.uptake.ApiClient;
import org.uptake.ApplicationTest;
import org.uptake.makerspace.Makerspaces.Staff;

/**
 * Many people (30; {@code -Dmakerspace.race.people=200} for more) book the same unit and slot at the same moment
 * through HTTP: exactly as many win as there are units, the rest are told 409, nobody gets an error, and the
 * database holds one booking per unit with its slot rows.
 */
@ApplicationTest
class BookingRaceTest {

    static final int PEOPLE = Integer.getInteger("makerspace.race.people", 30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Makerspaces makerspaces;

    @BeforeEach
    void setUp() {
        makerspaces = new Makerspaces(port, jdbc);
    }

    @Test
    void oneWinnerForTheOnlyPrinter() throws Exception {
        race(1);
    }

    @Test
    void twoWinnersForTwoPrinters() throws Exception {
        race(2);
    }

    private void race(int units) throws Exception {
        Staff staff = makerspaces.library();
        String venue = makerspaces.venue(staff, rules(30, 30, 240, 60, 3, 24), libraryHours(null));
        String printer = makerspaces.equipment(staff, venue, machine("PRINTER_3D", units, false, null));
        List<ApiClient> people = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            people.add(makerspaces.person().api());
        }
        LocalDate day = next(DayOfWeek.WEDNESDAY, 3);

        List<ApiClient.Response> answers = race(people, List.of(port), "/api/v1/equipment/" + printer + "/bookings",
                slot(day, "14:00", "15:00"));

        assertOutcome(answers, units, printer, jdbc);
    }

    /** Everyone waits at a barrier and sends at once; person i goes to {@code ports[i % ports.size()]}. */
    static List<ApiClient.Response> race(List<ApiClient> people, List<Integer> ports, String path, Map<String, ?> body)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        CountDownLatch ready = new CountDownLatch(people.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<ApiClient.Response>> futures = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            ApiClient person = people.get(i).at(ports.get(i % ports.size()));
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return person.post(path, body);
            }));
        }
        ready.await();
        go.countDown();
        List<ApiClient.Response> answers = new ArrayList<>();
        for (Future<ApiClient.Response> future : futures) {
            answers.add(future.get());
        }
        pool.shutdown();
        return answers;
    }

    static void assertOutcome(List<ApiClient.Response> answers, int units, String equipmentId, JdbcTemplate jdbc) {
        List<Integer> codes = answers.stream().map(ApiClient.Response::status).toList();
        assertThat(codes).as("no errors, nothing but 201 and 409").allMatch(code -> code == 201 || code == 409);
        assertThat(codes.stream().filter(code -> code == 201).count()).as("one winner per unit").isEqualTo(units);
        assertThat(answers.stream().filter(a -> a.status() == 409).map(a -> a.text("detail")).distinct().toList())
                .containsExactly("This time is already booked. Choose another time.");
        List<String> wonUnits = answers.stream().filter(a -> a.status() == 201).map(a -> a.text("unitId")).toList();
        assertThat(wonUnits).as("each winner has another unit").doesNotHaveDuplicates();

        UUID equipment = UUID.fromString(equipmentId);
        assertThat(jdbc.queryForObject("select count(*) from booking where equipment_id = ?", Integer.class, equipment))
                .isEqualTo(units);
        assertThat(jdbc.queryForObject("select count(*) from booking_slot s join booking b on b.id = s.booking_id "
                + "where b.equipment_id = ?", Integer.class, equipment)).as("4 quarter hours per booking")
                .isEqualTo(4 * units);
        assertThat(jdbc.queryForObject("select count(distinct unit_id) from booking where equipment_id = ?",
                Integer.class, equipment)).isEqualTo(units);
    }
}
