package org.uptake.funding.call;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/**
 * A document a call asks for.
 *
 * @param formats comma-separated file formats out of {@link FileFormat}, such as {@code pdf,docx}
 */
@Embeddable
public record DocumentType(
        @Column(name = "document_key") String key,
        @Embedded @AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "name_en")),
                @AttributeOverride(name = "de", column = @Column(name = "name_de")),
                @AttributeOverride(name = "nb", column = @Column(name = "name_nb")) }) Texts name,
        boolean required, String formats, long maxBytes) {

    public List<FileFormat> formatList() {
        return Arrays.stream(formats.split(",")).map(FileFormat::of).flatMap(java.util.Optional::stream).toList();
    }
}
