/**
 * Maker spaces in public libraries ("Folkeverksted"): venues with opening hours and booking rules, their equipment
 * as bookable units, safety inductions that gate machines, bookings that can never overlap (also with several
 * nodes), reminders and usage figures.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Maker space")
package org.uptake.makerspace;
