namespace TrialWarehouse.Warehouse.Loading;

/// <summary>
/// The statements that turn a file's staged calls (<see cref="Tables.StagedCall"/>) into genes, variants and facts.
/// A variant's first call in the file (the smallest ordinal) gives its annotation and its fact.
/// </summary>
internal static class VariantStaging
{
    /// <summary>What a variant key stands for: the columns a key collision would disagree on.</summary>
    public static readonly string[] Identity = ["genome_build", "chrom", "pos", "ref", "alt"];

    public static string InsertGenesSql(string staging) => $"""
        INSERT INTO dim_gene (gene_key, symbol)
        SELECT DISTINCT s.gene_key, s.symbol FROM {staging} s
        WHERE s.gene_key IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dim_gene d WHERE d.gene_key = s.gene_key)
        """;

    public static string InsertVariantsSql(string staging)
    {
        var columns = string.Join(", ", Tables.Variant.Columns.Select(c => c.Name));
        return $"""
            INSERT INTO dim_variant ({columns})
            SELECT {string.Join(", ", Tables.Variant.Columns.Select(c => "s." + c.Name))} FROM {staging} s
            WHERE s.ordinal IN (SELECT MIN(f.ordinal) FROM {staging} f GROUP BY f.variant_key)
              AND NOT EXISTS (SELECT 1 FROM dim_variant d WHERE d.variant_key = s.variant_key)
            """;
    }

    public static string InsertFactsSql(string staging) => $"""
        INSERT INTO fact_variant_call (sample_key, variant_key, vaf, depth, alt_count, filter, file_key)
        SELECT @SampleKey, s.variant_key, s.vaf, s.depth, s.alt_count, s.filter, @FileKey FROM {staging} s
        WHERE s.ordinal IN (SELECT MIN(f.ordinal) FROM {staging} f GROUP BY f.variant_key)
        """;
}
