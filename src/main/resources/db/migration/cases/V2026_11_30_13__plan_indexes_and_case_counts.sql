-- Pages that do not grow with the caseload (issue 13).

-- A case's plan is read in one query, goals with their actions.
CREATE INDEX plan_goal_by_case_and_time ON plan_goal (case_id, created_at, id);
DROP INDEX plan_goal_by_case;
CREATE INDEX plan_action_by_goal ON plan_action (goal_id, due_date, id);
-- "My work": the overdue actions of a manager's cases, reached from the cases.
CREATE INDEX plan_action_overdue_by_case ON plan_action (case_id, due_date) WHERE overdue;

-- Counts of cases by region and stage, kept by a trigger, for the coordinators' caseload figures: a national
-- coordinator's counts read 14 regions x 9 stages rows, not 400,000 cases.
CREATE TABLE case_count (
  region_id uuid NOT NULL REFERENCES region (id),
  stage     text NOT NULL,
  n         bigint NOT NULL,
  PRIMARY KEY (region_id, stage)
);

INSERT INTO case_count (region_id, stage, n) SELECT region_id, stage, count(*) FROM case_file GROUP BY region_id, stage;

CREATE FUNCTION case_count_follows() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE case_count SET n = n - 1 WHERE region_id = OLD.region_id AND stage = OLD.stage;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    INSERT INTO case_count (region_id, stage, n) VALUES (NEW.region_id, NEW.stage, 1)
    ON CONFLICT (region_id, stage) DO UPDATE SET n = case_count.n + 1;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER case_file_counted
  AFTER INSERT OR DELETE ON case_file
  FOR EACH ROW EXECUTE FUNCTION case_count_follows();

CREATE TRIGGER case_file_recounted
  AFTER UPDATE OF region_id, stage ON case_file
  FOR EACH ROW WHEN (OLD.region_id IS DISTINCT FROM NEW.region_id OR OLD.stage IS DISTINCT FROM NEW.stage)
  EXECUTE FUNCTION case_count_follows();
