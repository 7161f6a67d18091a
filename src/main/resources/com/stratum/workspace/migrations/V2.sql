-- Schema 2 (engine): what a stored run needs to be compared and charted later without re-running.
-- The customer's net spend at the run's as-of date, so segment revenue of an old run stays exact.
ALTER TABLE run_assignment ADD COLUMN monetary_cents BIGINT;
-- The definition as evaluated (JSON), so runs of unsaved or file definitions stay reproducible.
ALTER TABLE run ADD COLUMN definition_json CHARACTER LARGE OBJECT;
-- The run's segments in order (rows and columns of a migration matrix follow this order).
CREATE TABLE run_segment(
  run_id BIGINT NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  ordinal INT NOT NULL,
  segment_key VARCHAR(200) NOT NULL,
  name VARCHAR(200) NOT NULL,
  colour VARCHAR(40),
  customers BIGINT NOT NULL,
  revenue_cents BIGINT NOT NULL,
  PRIMARY KEY(run_id, ordinal)
);
