package org.uptake.offers.certificate;

import java.time.ZonedDateTime;

/** What a certificate of attendance states; the code lets anyone check it at {@code verifyUrl}. */
public record Certificate(String code, String participant, String offerTitle, String provider, ZonedDateTime start,
        ZonedDateTime end, double hours, String verifyUrl) {
}
