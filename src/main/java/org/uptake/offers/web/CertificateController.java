package org.uptake.offers.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.uptake.identity.UptakeUser;
import org.uptake.offers.certificate.Certificate;
import org.uptake.offers.certificate.Certificates;

/** Certificates of attendance: the participant's PDF and the public check of a certificate's code. */
@Controller
class CertificateController {

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/registrations/{id}/certificate.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        return certificates.of(user, id, locale).map(c -> pdf(certificates, c, locale))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/offers/{id}/certificate.pdf")
    ResponseEntity<byte[]> track(@AuthenticationPrincipal UptakeUser user, @PathVariable UUID id, Locale locale) {
        if (user == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return certificates.track(user, id, locale).map(c -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                                .filename("track-certificate.pdf").build().toString())
                        .body(certificates.pdf(c, locale)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/certificates/{code}")
    String check(@PathVariable String code, Locale locale, Model model) {
        model.addAttribute("certificate", certificates.check(code, locale).orElse(null));
        model.addAttribute("code", code);
        return "offers/certificate-check";
    }

    static ResponseEntity<byte[]> pdf(Certificates certificates, Certificate certificate, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("certificate-" + certificate.code() + ".pdf").build().toString())
                .body(certificates.pdf(certificate, locale));
    }
}
