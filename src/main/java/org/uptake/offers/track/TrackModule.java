package org.uptake.offers.track;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One step of a competence track, with sessions of its own; required modules count towards the track certificate. */
@Entity
@Table(name = "track_module")
public class TrackModule {

    @Id
    private UUID id;
    private UUID offerId;
    private int position;
    private String title;
    private boolean required;

    protected TrackModule() {
    }

    TrackModule(UUID offerId, int position, String title, boolean required) {
        this.id = UUID.randomUUID();
        this.offerId = offerId;
        this.position = position;
        this.title = title;
        this.required = required;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOfferId() {
        return offerId;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public boolean isRequired() {
        return required;
    }
}
