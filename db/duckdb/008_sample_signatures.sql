-- Genome-wide signatures the sequencing pipeline reports per sample (samples.csv `tmb`, `msi_status`): the
-- knowledge base's MSI-H and TMB-high rules match on them.
ALTER TABLE dim_sample ADD COLUMN tmb DOUBLE;
ALTER TABLE dim_sample ADD COLUMN msi_status VARCHAR;
