using System.Globalization;

namespace TrialWarehouse.Genomics.Vcf;

/// <summary>A GT value: allele indexes (null = missing), any ploidy, phased when every separator is '|'.</summary>
public sealed record Genotype(IReadOnlyList<int?> Alleles, bool Phased)
{
    public int Ploidy => Alleles.Count;

    /// <summary>
    /// Parses <c>0/1</c>, <c>1|0|1</c>, <c>./.</c>, <c>.</c> and the VCF 4.4 leading phase marker (<c>|0/1</c>).
    /// Returns null with a reason when the text is not a genotype.
    /// </summary>
    public static Genotype? TryParse(ReadOnlySpan<char> text, VcfVersion version, out string? problem)
    {
        problem = null;
        var alleles = new List<int?>(2);
        bool sawSeparator = false;
        bool allPipes = true;
        int i = 0;
        if (version.IsAtLeast(VcfVersion.V44) && text.Length > 0 && text[0] is '/' or '|')
        {
            sawSeparator = true;
            allPipes = text[0] == '|';
            i = 1;
        }

        while (true)
        {
            int start = i;
            while (i < text.Length && text[i] is not ('/' or '|'))
            {
                i++;
            }

            var allele = text[start..i];
            if (allele.SequenceEqual("."))
            {
                alleles.Add(null);
            }
            else if (allele.Length > 0 && int.TryParse(allele, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                alleles.Add(index);
            }
            else
            {
                problem = allele.IsEmpty ? "has an empty allele (write '.' for a missing allele)" : $"has allele {ErrorSink.Quote(allele)}, which is neither an allele index nor '.'";
                return null;
            }

            if (i >= text.Length)
            {
                break;
            }

            sawSeparator = true;
            allPipes &= text[i] == '|';
            i++;
        }

        return new Genotype(alleles, sawSeparator && allPipes);
    }

    /// <summary>Checks a GT value without allocating; gives its ploidy and highest allele index (-1 if all missing).</summary>
    internal static bool TryScan(ReadOnlySpan<char> text, VcfVersion version, out int ploidy, out int maxAllele, out string? problem)
    {
        ploidy = 0;
        maxAllele = -1;
        problem = null;
        int i = version.IsAtLeast(VcfVersion.V44) && text.Length > 0 && text[0] is '/' or '|' ? 1 : 0;
        while (true)
        {
            int start = i;
            while (i < text.Length && text[i] is not ('/' or '|'))
            {
                i++;
            }

            var allele = text[start..i];
            ploidy++;
            if (allele.Length > 0 && int.TryParse(allele, NumberStyles.None, CultureInfo.InvariantCulture, out int index))
            {
                maxAllele = Math.Max(maxAllele, index);
            }
            else if (!allele.SequenceEqual("."))
            {
                problem = allele.IsEmpty ? "has an empty allele (write '.' for a missing allele)" : $"has allele {ErrorSink.Quote(allele)}, which is neither an allele index nor '.'";
                return false;
            }

            if (i >= text.Length)
            {
                return true;
            }

            i++;
        }
    }

    public override string ToString() =>
        string.Join(Phased ? "|" : "/", Alleles.Select(a => a?.ToString(CultureInfo.InvariantCulture) ?? "."));
}
