package org.uptake.funding.call;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

/** One point programme staff check before an application goes to review. */
@Embeddable
public record EligibilityItem(
        @Column(name = "item_key") String key,
        @Embedded @AttributeOverrides({ @AttributeOverride(name = "en", column = @Column(name = "text_en")),
                @AttributeOverride(name = "de", column = @Column(name = "text_de")),
                @AttributeOverride(name = "nb", column = @Column(name = "text_nb")) }) Texts text) {
}
