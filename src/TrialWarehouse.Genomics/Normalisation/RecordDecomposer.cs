using System.Globalization;
using System.Text;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Normalisation;

/// <summary>
/// Splits a multi-allelic record into one record per ALT allele, as <c>bcftools norm -m -any</c> does, and trims
/// each with <see cref="VariantNormaliser"/>. Number=A, R and G fields (INFO and FORMAT) keep the values of their
/// allele; GT indexes of the other ALT alleles become 0 (REF).
/// </summary>
public static class RecordDecomposer
{
    /// <summary>One record per ALT, in ALT order (element i is ALT i); a record without ALT is returned as is.</summary>
    public static IReadOnlyList<VcfRecord> Split(VcfRecord record)
    {
        int altCount = record.AltCount;
        if (altCount == 0 || (altCount == 1 && IsAlreadyNormal(record)))
        {
            return [record];
        }

        var result = new VcfRecord[altCount];
        for (int i = 0; i < altCount; i++)
        {
            result[i] = Build(record, i);
        }

        return result;
    }

    /// <summary>
    /// A biallelic record that trimming leaves alone would be rebuilt character for character (every A, R and G
    /// value keeps all its items, GT keeps its indexes), so it is returned as it is: most records of a file are such,
    /// and rebuilding them was the largest cost of reading.
    /// </summary>
    private static bool IsAlreadyNormal(VcfRecord record)
    {
        string reference = record.Ref;
        string alt = record.Alts[0];
        var variant = VariantNormaliser.Normalise(record.Position, reference, alt);
        return variant.Ref.Equals(reference, StringComparison.Ordinal) && variant.Alt.Equals(alt, StringComparison.Ordinal);
    }

    private static VcfRecord Build(VcfRecord record, int altIndex)
    {
        string alt = record.Alts[altIndex];
        var variant = VariantNormaliser.Normalise(record.Position, record.Ref, alt);
        var line = new StringBuilder(record.Line.Length);
        line.Append(record.Column(0)).Append('\t')
            .Append(variant.Position.ToString(CultureInfo.InvariantCulture)).Append('\t')
            .Append(record.Column(2)).Append('\t')
            .Append(variant.Ref).Append('\t')
            .Append(variant.Alt).Append('\t')
            .Append(record.Column(5)).Append('\t')
            .Append(record.Column(6)).Append('\t');
        AppendInfo(line, record, altIndex);
        if (record.ColumnCount > 8)
        {
            line.Append('\t').Append(record.Column(8));
            for (int sample = 0; sample < record.SampleCount; sample++)
            {
                line.Append('\t');
                AppendSample(line, record, sample, altIndex);
            }
        }

        string text = line.ToString();
        return new VcfRecord(record.Header, text, record.LineNumber, VcfRecord.FindColumns(text));
    }

    private static void AppendInfo(StringBuilder line, VcfRecord record, int altIndex)
    {
        var info = record.InfoText;
        if (VcfRecord.IsMissing(info))
        {
            line.Append('.');
            return;
        }

        bool first = true;
        foreach (var range in info.Split(';'))
        {
            var entry = info[range];
            int eq = entry.IndexOf('=');
            if (!first)
            {
                line.Append(';');
            }

            first = false;
            if (eq < 0)
            {
                line.Append(entry);
                continue;
            }

            var key = entry[..eq];
            var number = record.Header.InfoLookup.TryGetValue(key, out var definition) ? definition.Number : ReservedFields.FindInfo(key)?.Number;
            line.Append(key).Append('=');
            AppendValues(line, entry[(eq + 1)..], number, record.AltCount, altIndex, ploidy: 2);
        }
    }

    private static void AppendSample(StringBuilder line, VcfRecord record, int sample, int altIndex)
    {
        var values = record.Column(9 + sample);
        var format = record.Column(8);
        var keys = format.Split(':');
        int ploidy = record.GetGenotype(sample)?.Ploidy ?? 2;
        bool first = true;
        foreach (var range in values.Split(':'))
        {
            keys.MoveNext();
            var key = format[keys.Current];
            var value = values[range];
            if (!first)
            {
                line.Append(':');
            }

            first = false;
            if (key.SequenceEqual("GT"))
            {
                AppendGenotype(line, value, altIndex + 1);
                continue;
            }

            var number = record.Header.FormatLookup.TryGetValue(key, out var definition) ? definition.Number : ReservedFields.FindFormat(key, record.Header.Version)?.Number;
            AppendValues(line, value, number, record.AltCount, altIndex, ploidy);
        }
    }

    private static void AppendValues(StringBuilder line, ReadOnlySpan<char> value, VcfNumber? number, int altCount, int altIndex, int ploidy)
    {
        int[]? keep = number?.Kind switch
        {
            VcfNumberKind.PerAltAllele => [altIndex],
            VcfNumberKind.PerAllele => [0, altIndex + 1],
            VcfNumberKind.PerGenotype => GenotypeIndex.ForBiallelic(altIndex + 1, ploidy),
            _ => null,
        };
        if (keep is null || VcfRecord.IsMissing(value))
        {
            line.Append(value);
            return;
        }

        var items = new List<Range>();
        foreach (var range in value.Split(','))
        {
            items.Add(range);
        }

        // A value that does not hold one item per allele (or genotype) cannot be split; it is kept whole.
        if (items.Count != number!.Value.ExpectedCount(altCount, ploidy))
        {
            line.Append(value);
            return;
        }

        for (int i = 0; i < keep.Length; i++)
        {
            if (i > 0)
            {
                line.Append(',');
            }

            line.Append(value[items[keep[i]]]);
        }
    }

    private static void AppendGenotype(StringBuilder line, ReadOnlySpan<char> value, int allele)
    {
        int start = 0;
        for (int i = 0; i <= value.Length; i++)
        {
            if (i < value.Length && value[i] is not ('/' or '|'))
            {
                continue;
            }

            var index = value[start..i];
            if (!index.IsEmpty)
            {
                line.Append(index.SequenceEqual(".") ? "." : int.Parse(index, CultureInfo.InvariantCulture) == allele ? "1" : "0");
            }

            if (i < value.Length)
            {
                line.Append(value[i]);
            }

            start = i + 1;
        }
    }
}
