-- Council notices point to a meeting (an invitation and its reminders) or to a recommendation (a progress report
-- waiting for the secretariat's review). Neither is personal data.
ALTER TABLE notification ADD COLUMN meeting_id uuid, ADD COLUMN recommendation_id uuid;
