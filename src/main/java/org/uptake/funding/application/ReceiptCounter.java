package org.uptake.funding.application;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Draws gap-free receipt numbers per call from funding_receipt_counter. The counter row stays locked until the
 * submission's transaction ends, so a rolled-back submission gives its number back and two nodes never draw the
 * same one. The first draw of a call creates the row while holding the call's row lock, so two first draws do not
 * both insert it.
 */
@Component
class ReceiptCounter {

    private final JdbcTemplate jdbc;

    ReceiptCounter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int next(UUID callId) {
        Integer number = locked(callId);
        if (number == null) {
            jdbc.queryForList("select id from funding_call where id = ? for update", UUID.class, callId);
            number = locked(callId);
            if (number == null) {
                jdbc.update("insert into funding_receipt_counter (call_id, next_number) values (?, 1)", callId);
                number = locked(callId);
            }
        }
        jdbc.update("update funding_receipt_counter set next_number = ? where call_id = ?", number + 1, callId);
        return number;
    }

    private Integer locked(UUID callId) {
        List<Integer> found = jdbc.queryForList(
                "select next_number from funding_receipt_counter where call_id = ? for update", Integer.class, callId);
        return found.isEmpty() ? null : found.getFirst();
    }

    static String format(int callNumber, int number) {
        return "FC%d-%04d".formatted(callNumber, number);
    }
}
