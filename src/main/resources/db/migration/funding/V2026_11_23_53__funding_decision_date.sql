-- The date a decision letter carries (the programme may date it, e.g. the jury's meeting); the instant the decision
-- was recorded stays in funding_application.decided_at.
alter table funding_application add column decision_date date;
