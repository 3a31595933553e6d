-- ShedLock: one row per scheduled job, held by the instance running it, so that two instances never run a job
-- at the same time (issue 13).
CREATE TABLE shedlock (
  name       varchar(64) PRIMARY KEY,
  lock_until timestamptz NOT NULL,
  locked_at  timestamptz NOT NULL,
  locked_by  varchar(255) NOT NULL
);
