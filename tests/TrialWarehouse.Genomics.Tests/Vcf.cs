namespace TrialWarehouse.Genomics.Tests;

/// <summary>Builds small VCF texts for tests: columns are given tab-free and joined with tabs here.</summary>
internal static class Vcf
{
    public const string Columns = "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO";

    public static string Text(string version, IEnumerable<string> meta, string columnLine, params string[][] rows)
    {
        var lines = new List<string> { $"##fileformat={version}" };
        lines.AddRange(meta);
        lines.Add(columnLine);
        lines.AddRange(rows.Select(r => string.Join('\t', r)));
        return string.Join('\n', lines) + "\n";
    }

    public static string WithSamples(params string[] samples) => Columns + "\tFORMAT\t" + string.Join('\t', samples);
}
