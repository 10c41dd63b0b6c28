using System.Globalization;

namespace TrialWarehouse.Genomics.Vcf;

public enum VcfNumberKind
{
    /// <summary>A fixed count, e.g. <c>Number=2</c>.</summary>
    Fixed,

    /// <summary><c>A</c>: one value per ALT allele.</summary>
    PerAltAllele,

    /// <summary><c>R</c>: one value per allele, REF included.</summary>
    PerAllele,

    /// <summary><c>G</c>: one value per possible genotype.</summary>
    PerGenotype,

    /// <summary><c>P</c> (VCF 4.4+): one value per allele of the genotype.</summary>
    PerPloidy,

    /// <summary><c>M</c> (VCF 4.5): one value per base modification.</summary>
    PerModification,

    /// <summary><c>.</c>: any count.</summary>
    Unbounded,
}

/// <summary>The <c>Number</c> of an INFO or FORMAT definition.</summary>
public readonly record struct VcfNumber(VcfNumberKind Kind, int Count)
{
    public static readonly VcfNumber One = new(VcfNumberKind.Fixed, 1);
    public static readonly VcfNumber Zero = new(VcfNumberKind.Fixed, 0);
    public static readonly VcfNumber A = new(VcfNumberKind.PerAltAllele, 0);
    public static readonly VcfNumber R = new(VcfNumberKind.PerAllele, 0);
    public static readonly VcfNumber G = new(VcfNumberKind.PerGenotype, 0);
    public static readonly VcfNumber Dot = new(VcfNumberKind.Unbounded, 0);

    public static VcfNumber Fixed(int count) => new(VcfNumberKind.Fixed, count);

    public static bool TryParse(string text, VcfVersion version, out VcfNumber number)
    {
        VcfNumber? symbolic = text switch
        {
            "A" => A,
            "R" => R,
            "G" => G,
            "." => Dot,
            "P" when version.IsAtLeast(VcfVersion.V44) => new VcfNumber(VcfNumberKind.PerPloidy, 0),
            "M" when version.IsAtLeast(VcfVersion.V45) => new VcfNumber(VcfNumberKind.PerModification, 0),
            _ => null,
        };
        if (symbolic is { } known)
        {
            number = known;
            return true;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int count))
        {
            number = Fixed(count);
            return true;
        }

        number = default;
        return false;
    }

    /// <summary>How many values a field of this Number must hold, or null when any count is allowed.</summary>
    public int? ExpectedCount(int altCount, int ploidy) => Kind switch
    {
        VcfNumberKind.Fixed => Count,
        VcfNumberKind.PerAltAllele => altCount,
        VcfNumberKind.PerAllele => altCount + 1,
        VcfNumberKind.PerGenotype => GenotypeCount(altCount + 1, ploidy),
        VcfNumberKind.PerPloidy => ploidy,
        _ => null,
    };

    /// <summary>Unordered genotypes of <paramref name="ploidy"/> alleles drawn from <paramref name="alleles"/>: C(n+p-1, p).</summary>
    public static int GenotypeCount(int alleles, int ploidy)
    {
        long result = 1;
        for (int i = 1; i <= ploidy; i++)
        {
            result = result * (alleles + i - 1) / i;
        }

        return (int)Math.Min(result, int.MaxValue);
    }

    public override string ToString() => Kind switch
    {
        VcfNumberKind.Fixed => Count.ToString(CultureInfo.InvariantCulture),
        VcfNumberKind.PerAltAllele => "A",
        VcfNumberKind.PerAllele => "R",
        VcfNumberKind.PerGenotype => "G",
        VcfNumberKind.PerPloidy => "P",
        VcfNumberKind.PerModification => "M",
        _ => ".",
    };
}
