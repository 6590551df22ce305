package org.uptake.offers.registration;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.uptake.identity.AccountErased;
import org.uptake.identity.PersonalDataContributor;

/**
 * A person's registrations in their data export; on erasure their answers and calendar feed go, in the erasing
 * transaction. The registrations themselves stay, tied to the anonymised account, so seat counts, attendance
 * figures and issued certificates remain true.
 */
@Component
class RegistrationsInPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    RegistrationsInPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "registrations";
    }

    @Override
    public Object export(UUID accountId) {
        return jdbc.query("""
                select r.id, r.status, r.answers, r.attendance, r.certificate_code, r.created_at, s.starts_at,
                       coalesce(o.title_en, o.title_de, o.title_nb) as title
                from registration r join offer_session s on s.id = r.session_id join offer o on o.id = s.offer_id
                where r.account_id = ? order by s.starts_at""", (rs, row) -> {
            Map<String, Object> registration = new LinkedHashMap<>();
            registration.put("id", rs.getObject("id", UUID.class));
            registration.put("offer", rs.getString("title"));
            registration.put("sessionStart", rs.getObject("starts_at", OffsetDateTime.class).toInstant());
            registration.put("status", rs.getString("status"));
            registration.put("answers", rs.getString("answers"));
            registration.put("attendance", rs.getString("attendance"));
            registration.put("certificateCode", rs.getString("certificate_code"));
            registration.put("registeredAt", rs.getObject("created_at", OffsetDateTime.class).toInstant());
            return registration;
        }, accountId);
    }

    @EventListener
    void on(AccountErased event) {
        jdbc.update("update registration set answers = null where account_id = ?", event.accountId());
        jdbc.update("delete from calendar_feed where account_id = ?", event.accountId());
    }
}
