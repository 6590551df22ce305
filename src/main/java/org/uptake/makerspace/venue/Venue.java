package org.uptake.makerspace.venue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A maker space hosted by an organisation (mostly a public library): where, when open, and its booking rules. */
@Entity
@Table(name = "venue")
public class Venue {

    @Id
    private UUID id;
    private UUID organisationId;
    private String name;
    private String descriptionEn;
    private String descriptionDe;
    private String descriptionNb;
    private String street;
    private String postalCode;
    private String city;
    private String nutsCode;
    private String timeZone;
    private String contactEmail;
    private String contactPhone;
    private String accessibility;
    /** https addresses, one per line. */
    private String photos;
    private int slotMinutes;
    private int minBookingMinutes;
    private int maxBookingMinutes;
    private int horizonDays;
    private int maxActiveBookings;
    private int cancellationHours;
    private UUID createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    @ElementCollection
    @CollectionTable(name = "venue_opening_hours", joinColumns = @JoinColumn(name = "venue_id"))
    private Set<WeeklyHours> weeklyHours = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "venue_exception", joinColumns = @JoinColumn(name = "venue_id"))
    private Set<Closure> exceptionDays = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "venue_exception_hours", joinColumns = @JoinColumn(name = "venue_id"))
    private Set<ExceptionHours> exceptionHours = new HashSet<>();

    protected Venue() {
    }

    Venue(UUID organisationId, UUID createdBy, VenueRequest.Valid valid) {
        this.id = UUID.randomUUID();
        this.organisationId = organisationId;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
        apply(valid);
    }

    void apply(VenueRequest.Valid valid) {
        this.name = valid.name();
        this.descriptionEn = valid.description().get("en");
        this.descriptionDe = valid.description().get("de");
        this.descriptionNb = valid.description().get("nb");
        this.street = valid.street();
        this.postalCode = valid.postalCode();
        this.city = valid.city();
        this.nutsCode = valid.nutsCode();
        this.timeZone = valid.zone().getId();
        this.contactEmail = valid.contactEmail();
        this.contactPhone = valid.contactPhone();
        this.accessibility = valid.accessibility();
        this.photos = valid.photos().isEmpty() ? null : String.join("\n", valid.photos());
        BookingRules rules = valid.rules();
        this.slotMinutes = rules.slotMinutes();
        this.minBookingMinutes = rules.minBookingMinutes();
        this.maxBookingMinutes = rules.maxBookingMinutes();
        this.horizonDays = rules.horizonDays();
        this.maxActiveBookings = rules.maxActiveBookings();
        this.cancellationHours = rules.cancellationHours();
        this.updatedAt = Instant.now();
    }

    /** Replaces the weekly hours and all exceptions. */
    void openingHours(OpeningHours hours) {
        weeklyHours.clear();
        hours.weekly().forEach((day, ranges) -> ranges.forEach(range -> weeklyHours.add(
                new WeeklyHours(day.getValue(), range.openMinute(), range.closeMinute()))));
        exceptionDays.clear();
        exceptionHours.clear();
        for (OpeningHours.ExceptionDay exception : hours.exceptions()) {
            exceptionDays.add(new Closure(exception.date(), exception.closed(), exception.note()));
            exception.hours().forEach(range -> exceptionHours.add(
                    new ExceptionHours(exception.date(), range.openMinute(), range.closeMinute())));
        }
        this.updatedAt = Instant.now();
    }

    public OpeningHours openingHours() {
        Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
        for (WeeklyHours hours : weeklyHours) {
            weekly.computeIfAbsent(DayOfWeek.of(hours.dayOfWeek), d -> new ArrayList<>())
                    .add(new TimeRange(hours.openMinute, hours.closeMinute));
        }
        Map<LocalDate, List<TimeRange>> special = new java.util.HashMap<>();
        for (ExceptionHours hours : exceptionHours) {
            special.computeIfAbsent(hours.day, d -> new ArrayList<>()).add(new TimeRange(hours.openMinute,
                    hours.closeMinute));
        }
        List<OpeningHours.ExceptionDay> exceptions = exceptionDays.stream().map(day -> new OpeningHours.ExceptionDay(
                day.day, day.closed, special.getOrDefault(day.day, List.of()), day.note)).toList();
        return new OpeningHours(weekly, exceptions);
    }

    public BookingRules rules() {
        return new BookingRules(slotMinutes, minBookingMinutes, maxBookingMinutes, horizonDays, maxActiveBookings,
                cancellationHours);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Map<String, String> descriptions() {
        return Localized.texts(descriptionEn, descriptionDe, descriptionNb);
    }

    public List<String> photoList() {
        return photos == null || photos.isBlank() ? List.of() : List.of(photos.split("\n"));
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public String getName() {
        return name;
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public String getNutsCode() {
        return nutsCode;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public String getAccessibility() {
        return accessibility;
    }

    public UUID getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** One opening stretch of a weekday (1 = Monday). */
    @Embeddable
    public static class WeeklyHours {

        private int dayOfWeek;
        private int openMinute;
        private int closeMinute;

        protected WeeklyHours() {
        }

        WeeklyHours(int dayOfWeek, int openMinute, int closeMinute) {
            this.dayOfWeek = dayOfWeek;
            this.openMinute = openMinute;
            this.closeMinute = closeMinute;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof WeeklyHours o && o.dayOfWeek == dayOfWeek && o.openMinute == openMinute
                    && o.closeMinute == closeMinute;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(dayOfWeek, openMinute, closeMinute);
        }
    }

    /** A day unlike the week; its hours, if open, are {@link ExceptionHours} of the same day. */
    @Embeddable
    public static class Closure {

        @Column(name = "exception_date")
        private LocalDate day;
        private boolean closed;
        @Column(length = 200)
        private String note;

        protected Closure() {
        }

        Closure(LocalDate day, boolean closed, String note) {
            this.day = day;
            this.closed = closed;
            this.note = note;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Closure o && o.day.equals(day);
        }

        @Override
        public int hashCode() {
            return day.hashCode();
        }
    }

    @Embeddable
    public static class ExceptionHours {

        @Column(name = "exception_date")
        private LocalDate day;
        private int openMinute;
        private int closeMinute;

        protected ExceptionHours() {
        }

        ExceptionHours(LocalDate day, int openMinute, int closeMinute) {
            this.day = day;
            this.openMinute = openMinute;
            this.closeMinute = closeMinute;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ExceptionHours o && o.day.equals(day) && o.openMinute == openMinute
                    && o.closeMinute == closeMinute;
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(day, openMinute, closeMinute);
        }
    }
}
