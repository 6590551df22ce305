package org.uptake.offers.certificate;

import java.util.List;

/** A completed competence track: the modules the participant attended, each backed by its attendance certificate. */
public record TrackCertificate(String participant, String trackTitle, String provider, String industry,
        List<Module> modules) {

    public record Module(String title, String certificateCode) {
    }
}
