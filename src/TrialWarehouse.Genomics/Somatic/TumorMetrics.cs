using System.Globalization;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Somatic;

/// <summary>
/// Tumor VAF, depth and ALT read count (and REF read count, which the MAF export needs), read from a biallelic record
/// the way its caller writes them. A VAF that the record does not support stays null (the call is flagged by that): it
/// is never estimated from other fields. Any sample column can be read so, the matched normal's too.
/// </summary>
internal readonly record struct TumorMetrics(double? Vaf, int? Depth, int? AltCount, int? RefCount = null)
{
    public static TumorMetrics Read(VcfRecord record, int sample, SomaticCaller caller, string file, List<InputError> errors)
    {
        // A known caller is read by its own adapter, then by the AD/DP/AF one (DRAGEN and Mutect2 need only that).
        // An unknown one may still be a known caller whose header lines were stripped, recognisable by its FORMAT keys.
        var metrics = caller switch
        {
            SomaticCaller.Strelka2 => FromStrelka(record, sample),
            SomaticCaller.VarScan2 => FromVarScan(record, sample, file, errors),
            SomaticCaller.FreeBayes => FromFreeBayes(record, sample),
            SomaticCaller.Generic => FromStrelka(record, sample) ?? FromVarScan(record, sample, file, errors) ?? FromFreeBayes(record, sample),
            _ => null,
        };
        return metrics ?? FromAlleleDepths(record, sample);
    }

    /// <summary>Strelka2 indels: TAR/TIR; SNVs: {BASE}U. Both hold tier-1 and tier-2 counts; tier 1 is the first.</summary>
    private static TumorMetrics? FromStrelka(VcfRecord record, int sample)
    {
        if (record.FormatIndex("TIR") >= 0 && record.FormatIndex("TAR") >= 0)
        {
            return FromCounts(record.GetSampleInteger(sample, "TAR"), record.GetSampleInteger(sample, "TIR"));
        }

        if (record.FormatIndex("AU") >= 0 && record.Ref.Length == 1 && record.Alts.Count == 1 && record.Alts[0].Length == 1)
        {
            string refKey = char.ToUpperInvariant(record.Ref[0]) + "U";
            string altKey = char.ToUpperInvariant(record.Alts[0][0]) + "U";
            return FromCounts(record.GetSampleInteger(sample, refKey), record.GetSampleInteger(sample, altKey));
        }

        return null;
    }

    /// <summary>VarScan2: FREQ is a percent string ("45.2%"); AD (Number=1) the variant reads, RD the reference reads.</summary>
    private static TumorMetrics? FromVarScan(VcfRecord record, int sample, string file, List<InputError> errors)
    {
        if (record.FormatIndex("FREQ") < 0)
        {
            return null;
        }

        string? freq = record.GetSampleString(sample, "FREQ");
        double? vaf = null;
        if (freq is not null)
        {
            var number = freq.AsSpan().TrimEnd('%');
            if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double percent) && percent is >= 0 and <= 100)
            {
                vaf = percent / 100;
            }
            else
            {
                errors.Add(new InputError(file, record.LineNumber, $"{record.Header.SampleNames[sample]} FREQ", $"'{freq}' is not a percentage: expected e.g. 45.2% (0 to 100)"));
            }
        }

        int? altCount = record.GetSampleInteger(sample, "AD");
        int? refCount = record.GetSampleInteger(sample, "RD");
        int? depth = record.GetSampleInteger(sample, "DP") ?? (refCount + altCount);
        return new TumorMetrics(vaf ?? Fraction(altCount, depth), depth, altCount, refCount);
    }

    /// <summary>
    /// FreeBayes: AO (per ALT) and RO count the observations of each allele, DP all reads at the site; VAF is AO/DP
    /// so that reads of the other ALT alleles of a multi-allelic site are not counted as reference.
    /// </summary>
    private static TumorMetrics? FromFreeBayes(VcfRecord record, int sample)
    {
        if (record.FormatIndex("AO") < 0 || record.FormatIndex("RO") < 0)
        {
            return null;
        }

        int? altCount = record.GetSampleInteger(sample, "AO");
        int? refCount = record.GetSampleInteger(sample, "RO");
        int? depth = record.GetSampleInteger(sample, "DP") ?? (refCount + altCount);
        return new TumorMetrics(Fraction(altCount, depth), depth, altCount, refCount);
    }

    /// <summary>Mutect2, DRAGEN and the fallback: AF when written, else ALT/(REF+ALT) of AD; depth DP, else the sum of AD.</summary>
    private static TumorMetrics FromAlleleDepths(VcfRecord record, int sample)
    {
        int? refCount = record.GetSampleInteger(sample, "AD", 0);
        int? altCount = record.GetSampleInteger(sample, "AD", 1);
        int? depth = record.GetSampleInteger(sample, "DP") ?? (refCount + altCount);
        double? vaf = record.GetSampleFloat(sample, "AF") ?? Fraction(altCount, refCount + altCount);
        return new TumorMetrics(vaf, depth, altCount, refCount);
    }

    private static TumorMetrics FromCounts(int? refCount, int? altCount) =>
        new(Fraction(altCount, refCount + altCount), refCount + altCount, altCount, refCount);

    private static double? Fraction(int? part, int? total) => part is { } p && total is > 0 ? (double)p / total.Value : null;
}
