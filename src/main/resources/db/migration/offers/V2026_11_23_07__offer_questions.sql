-- The questions an offer asks at registration and the answers given are JSON text: an ordered list of at most 10
-- questions (id, label in en/de/nb up to 300 characters each, required) on the offer, and an object of question id
-- to answer (up to 1000 characters each) on the registration. The columns of the first migration were too short.
alter table offer alter column questions set data type varchar(32000);
alter table registration alter column answers set data type varchar(32000);
