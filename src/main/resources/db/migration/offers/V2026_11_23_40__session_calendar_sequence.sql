-- The revision of a session as a calendar event (iCalendar SEQUENCE): raised when its time, place or status changes,
-- so that the calendar file sent after an organiser's change updates the entry in people's calendars. Existing
-- sessions start at 0, the number their earlier files carried implicitly.
alter table offer_session add column calendar_sequence integer default 0 not null;
