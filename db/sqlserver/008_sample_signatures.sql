-- Genome-wide signatures the sequencing pipeline reports per sample (samples.csv `tmb`, `msi_status`): the
-- knowledge base's MSI-H and TMB-high rules match on them.
ALTER TABLE dbo.dim_sample ADD tmb FLOAT NULL;
ALTER TABLE dbo.dim_sample ADD msi_status NVARCHAR(16) NULL;
