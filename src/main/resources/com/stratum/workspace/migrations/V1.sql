-- Schema 1: datasets with their column metadata and rejected rows; definitions; runs; settings.
CREATE TABLE settings(
  setting_key VARCHAR(200) PRIMARY KEY,
  setting_value CHARACTER LARGE OBJECT
);

-- One row per import. Its rows live in table_name (quoted, generated: never a sheet or header name).
CREATE TABLE dataset(
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(400) NOT NULL,
  kind VARCHAR(20) NOT NULL,
  source_file VARCHAR(4000),
  sheet VARCHAR(400),
  table_name VARCHAR(100) NOT NULL UNIQUE,
  rows_read BIGINT NOT NULL,
  rows_imported BIGINT NOT NULL,
  rows_rejected BIGINT NOT NULL,
  imported_at TIMESTAMP NOT NULL
);

-- header: the text in the sheet; sql_name: the generated column name; role: a ColumnRole key or NULL.
CREATE TABLE dataset_column(
  dataset_id BIGINT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  ordinal INT NOT NULL,
  header VARCHAR(1000) NOT NULL,
  sql_name VARCHAR(100) NOT NULL,
  data_type VARCHAR(20) NOT NULL,
  role VARCHAR(40),
  PRIMARY KEY(dataset_id, ordinal)
);

CREATE TABLE rejected_row(
  dataset_id BIGINT NOT NULL REFERENCES dataset(id) ON DELETE CASCADE,
  sheet VARCHAR(400),
  row_number BIGINT NOT NULL,
  column_name VARCHAR(1000),
  reason VARCHAR(4000) NOT NULL,
  raw_values CHARACTER LARGE OBJECT
);

-- A definition is versioned plain data (JSON); a new version never overwrites an old one.
CREATE TABLE definition(
  name VARCHAR(200) NOT NULL,
  version INT NOT NULL,
  json CHARACTER LARGE OBJECT NOT NULL,
  created_at TIMESTAMP NOT NULL,
  PRIMARY KEY(name, version)
);

CREATE TABLE run(
  id BIGINT AUTO_INCREMENT PRIMARY KEY,
  definition_name VARCHAR(200) NOT NULL,
  definition_version INT NOT NULL,
  as_of DATE NOT NULL,
  label VARCHAR(400),
  customers BIGINT NOT NULL,
  created_at TIMESTAMP NOT NULL
);

CREATE TABLE run_assignment(
  run_id BIGINT NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  customer_id VARCHAR(400) NOT NULL,
  segment VARCHAR(200),
  tier VARCHAR(200),
  PRIMARY KEY(run_id, customer_id)
);
