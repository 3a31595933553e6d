-- A consent may be given until a date (a guardian's consent for a school year, say); after it, it covers nothing,
-- as if withdrawn, and the referrals outside government that rely on it stop reaching the person.
ALTER TABLE consent ADD COLUMN valid_until date;
ALTER TABLE consent ADD CONSTRAINT consent_valid_after_given CHECK (valid_until IS NULL OR valid_until >= given_on);
