/**
 * Needs-based offers for small firms: seminars, workshops, events, webinars, consulting hours and competence tracks,
 * their sessions, registration with waitlists, attendance and certificates.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Offers")
package org.uptake.offers;
