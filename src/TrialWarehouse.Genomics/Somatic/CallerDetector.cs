using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Somatic;

/// <summary>
/// Tells which caller wrote a VCF from the lines callers put in its header: <c>##source</c> (Strelka2, VarScan2,
/// FreeBayes, DRAGEN, Mutect2), <c>##GATKCommandLine</c> (Mutect2), <c>##content</c> (Strelka2),
/// <c>##DRAGENVersion</c>/<c>##DRAGENCommandLine</c> (DRAGEN). The first line that names a caller wins.
/// </summary>
public static class CallerDetector
{
    // Lower-case fragments as the callers write them, e.g. "##source=strelka", "##source=freeBayes v1.3.6",
    // "##source=VarScan2", "##source=DRAGEN_SNV", "##GATKCommandLine=<ID=Mutect2,...>".
    private static readonly (string Fragment, SomaticCaller Caller)[] Names =
    [
        ("mutect", SomaticCaller.Mutect2),
        ("strelka", SomaticCaller.Strelka2),
        ("varscan", SomaticCaller.VarScan2),
        ("freebayes", SomaticCaller.FreeBayes),
        ("dragen", SomaticCaller.Dragen),
    ];

    public static SomaticCaller Detect(VcfHeader header)
    {
        foreach (var line in header.MetaLines)
        {
            if (FromLine(line) is { } caller)
            {
                return caller;
            }
        }

        return SomaticCaller.Generic;
    }

    /// <summary>The name <c>vcf stats</c> prints and documentation uses.</summary>
    public static string DisplayName(SomaticCaller caller) => caller switch
    {
        SomaticCaller.Mutect2 => "Mutect2",
        SomaticCaller.Strelka2 => "Strelka2",
        SomaticCaller.VarScan2 => "VarScan2",
        SomaticCaller.Dragen => "DRAGEN",
        SomaticCaller.FreeBayes => "FreeBayes",
        _ => "generic",
    };

    private static SomaticCaller? FromLine(VcfMetaLine line)
    {
        if (line.Key.StartsWith("DRAGEN", StringComparison.Ordinal))
        {
            return SomaticCaller.Dragen;
        }

        // GATK 4 writes ##GATKCommandLine=<ID=Mutect2,...>; GATK 3 wrote ##GATKCommandLine.MuTect2=<ID=MuTect2,...>.
        if (line.Key.StartsWith("GATKCommandLine", StringComparison.Ordinal))
        {
            return Named(line.Get("ID") ?? line.Key) is SomaticCaller.Mutect2 ? SomaticCaller.Mutect2 : null;
        }

        return line.Key is "source" or "content" ? Named(line.Value) : null;
    }

    private static SomaticCaller? Named(string text)
    {
        foreach (var (fragment, caller) in Names)
        {
            if (text.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                return caller;
            }
        }

        return null;
    }
}
