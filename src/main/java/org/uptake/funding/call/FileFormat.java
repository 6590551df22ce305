package org.uptake.funding.call;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file formats a call may accept, each with the media types its content is detected as. An upload is accepted
 * when the type detected from its bytes belongs to an allowed format, whatever its name says.
 */
public enum FileFormat {
    PDF("pdf", "application/pdf"),
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ODT("odt", "application/vnd.oasis.opendocument.text"),
    ODS("ods", "application/vnd.oasis.opendocument.spreadsheet"),
    PNG("png", "image/png"),
    JPG("jpg", "image/jpeg");

    private final String extension;
    private final Set<String> mediaTypes;

    FileFormat(String extension, String... mediaTypes) {
        this.extension = extension;
        this.mediaTypes = Set.of(mediaTypes);
    }

    public String extension() {
        return extension;
    }

    public boolean matches(String detectedMediaType) {
        return mediaTypes.contains(detectedMediaType);
    }

    public static Optional<FileFormat> of(String extension) {
        String wanted = extension == null ? "" : extension.strip().toLowerCase(Locale.ROOT);
        String normalized = wanted.equals("jpeg") ? "jpg" : wanted;
        return Arrays.stream(values()).filter(f -> f.extension.equals(normalized)).findFirst();
    }
}
