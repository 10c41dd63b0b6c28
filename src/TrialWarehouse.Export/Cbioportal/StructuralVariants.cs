using System.Globalization;
using System.Text;

namespace TrialWarehouse.Export.Cbioportal;

/// <summary>
/// cBioPortal's structural-variant file: a row per fusion, Site1 the 5' partner and Site2 the 3' partner (as the
/// format's TMPRSS2-ERG example), with the breakpoints on the study's build and the supporting reads.
/// </summary>
internal static class StructuralVariants
{
    public const string File = "data_sv.txt";

    public static bool Write(string directory, Cohort cohort)
    {
        if (cohort.Fusions.Count == 0)
            return false;
        var samples = cohort.Samples.ToDictionary(s => s.SampleKey);
        var text = new StringBuilder("Sample_Id\tSV_Status\tSite1_Hugo_Symbol\tSite1_Chromosome\tSite1_Position\tSite2_Hugo_Symbol\tSite2_Chromosome\tSite2_Position\tNCBI_Build\tTumor_Variant_Count\tEvent_Info\n");
        foreach (var fusion in cohort.Fusions.OrderBy(f => samples[f.SampleKey].SampleId, StringComparer.Ordinal).ThenBy(f => f.Gene5, StringComparer.Ordinal)
                     .ThenBy(f => f.Gene3, StringComparer.Ordinal))
        {
            var sample = samples[fusion.SampleKey];
            text.AppendJoin('\t', sample.SampleId, "SOMATIC", fusion.Gene5, fusion.Chrom5, fusion.Position5.ToString(CultureInfo.InvariantCulture),
                fusion.Gene3, fusion.Chrom3, fusion.Position3.ToString(CultureInfo.InvariantCulture), sample.GenomeBuild,
                fusion.SupportingReads?.ToString(CultureInfo.InvariantCulture) ?? "", $"Fusion {fusion.Gene5}-{fusion.Gene3}").Append('\n');
        }

        System.IO.File.WriteAllText(Path.Combine(directory, File), text.ToString());
        return true;
    }
}
