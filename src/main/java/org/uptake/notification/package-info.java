/**
 * Telling people: e-mail through an outbox (queued in the sender's transaction, sent and retried by a scheduled job,
 * so nothing is lost while the mail server is down) and calendar files (iCalendar) for events people attend.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.uptake.notification;
