package org.uptake.funding.call;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** A description section an application fills in, such as the objectives or the work plan. */
@Embeddable
public record Section(
        @Column(name = "section_key") String key,
        @Embedded @AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "title_en")),
                @AttributeOverride(name = "de", column = @Column(name = "title_de")),
                @AttributeOverride(name = "nb", column = @Column(name = "title_nb")) }) Texts title,
        boolean required, int maxLength) {
}
