-- One row per gene fusion observed in one sample (from a *.sv.vcf): 5' and 3' partner, the breakpoint of each on the
-- sample's build, and the reads supporting the junction.

CREATE TABLE fact_fusion (
    sample_key        BIGINT NOT NULL,
    gene5_key         BIGINT NOT NULL,
    gene3_key         BIGINT NOT NULL,
    chrom5            TEXT NOT NULL,
    pos5              BIGINT NOT NULL,
    chrom3            TEXT NOT NULL,
    pos3              BIGINT NOT NULL,
    supporting_reads  INTEGER,
    file_key          BIGINT NOT NULL
);

CREATE INDEX ix_fact_fusion_sample ON fact_fusion (sample_key);
