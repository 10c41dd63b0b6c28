using System.Globalization;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Somatic;

/// <summary>Tumor VAF, depth and ALT read count, read the way each caller writes them (from a biallelic record).</summary>
internal readonly record struct TumorMetrics(double? Vaf, int? Depth, int? AltCount)
{
    public static TumorMetrics Read(VcfRecord record, int sample, string file, List<InputError> errors)
    {
        if (record.FormatIndex("TIR") >= 0 && record.FormatIndex("TAR") >= 0)
        {
            return FromCounts(record.GetSampleInteger(sample, "TAR"), record.GetSampleInteger(sample, "TIR"), depth: null);
        }

        if (record.FormatIndex("AU") >= 0 && record.Ref.Length == 1 && record.Alts[0].Length == 1)
        {
            // Strelka2 SNVs: {BASE}U holds tier-1 and tier-2 counts; tier 1 is the first.
            string refKey = char.ToUpperInvariant(record.Ref[0]) + "U";
            string altKey = char.ToUpperInvariant(record.Alts[0][0]) + "U";
            return FromCounts(record.GetSampleInteger(sample, refKey), record.GetSampleInteger(sample, altKey), depth: null);
        }

        if (record.FormatIndex("FREQ") >= 0)
        {
            return FromVarScan(record, sample, file, errors);
        }

        int? refCount = record.GetSampleInteger(sample, "AD", 0);
        int? altCount = record.GetSampleInteger(sample, "AD", 1);
        int? depth = record.GetSampleInteger(sample, "DP") ?? (refCount + altCount);
        double? vaf = record.GetSampleFloat(sample, "AF") ?? Fraction(altCount, refCount + altCount);
        return new TumorMetrics(vaf, depth, altCount);
    }

    private static TumorMetrics FromCounts(int? refCount, int? altCount, int? depth)
    {
        int? total = depth ?? refCount + altCount;
        return new TumorMetrics(Fraction(altCount, refCount + altCount), total, altCount);
    }

    private static TumorMetrics FromVarScan(VcfRecord record, int sample, string file, List<InputError> errors)
    {
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
        int? depth = record.GetSampleInteger(sample, "DP") ?? (record.GetSampleInteger(sample, "RD") + altCount);
        return new TumorMetrics(vaf ?? Fraction(altCount, depth), depth, altCount);
    }

    private static double? Fraction(int? part, int? total) => part is { } p && total is > 0 ? (double)p / total.Value : null;
}
