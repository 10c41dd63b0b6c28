namespace TrialWarehouse.Genomics.Maf;

/// <summary>
/// A biallelic VCF variant as MAF writes it, by vcf2maf's rule: the leading bases REF and ALT share are dropped
/// (an allele left empty is "-"), then SNP/DNP/TNP/ONP when the lengths are equal, else INS or DEL. An insertion
/// between two reference bases spans those two (Start is the base before it); a deletion spans the deleted bases.
/// <see cref="Stripped"/> is how many leading bases were dropped, which the other alleles of the site lose too.
/// </summary>
public readonly record struct MafAlleles(long Start, long End, string Ref, string Alt, string VariantType, bool InFrame, int Stripped)
{
    public const string Empty = "-";

    public static MafAlleles FromVcf(long position, string reference, string alt)
    {
        int stripped = 0;
        while (stripped < reference.Length && stripped < alt.Length
               && char.ToUpperInvariant(reference[stripped]) == char.ToUpperInvariant(alt[stripped])
               && !reference.Equals(alt, StringComparison.OrdinalIgnoreCase))
        {
            stripped++;
        }

        string r = Strip(reference, stripped);
        string a = Strip(alt, stripped);
        int refLength = reference.Length - stripped;
        int altLength = alt.Length - stripped;
        long pos = position + stripped;
        if (refLength == altLength)
        {
            string type = altLength switch { 1 => "SNP", 2 => "DNP", 3 => "TNP", _ => "ONP" };
            return new MafAlleles(pos, pos + altLength - 1, r, a, type, false, stripped);
        }

        bool inFrame = Math.Abs(refLength - altLength) % 3 == 0;
        if (refLength < altLength)
        {
            return r == Empty
                ? new MafAlleles(pos - 1, pos, r, a, "INS", inFrame, stripped)
                : new MafAlleles(pos, pos + refLength - 1, r, a, "INS", inFrame, stripped);
        }

        return new MafAlleles(pos, pos + refLength - 1, r, a, "DEL", inFrame, stripped);
    }

    /// <summary>An allele of the same site without the dropped leading bases, "-" when nothing is left.</summary>
    public static string Strip(string allele, int stripped) =>
        allele.Length > stripped ? allele[stripped..].ToUpperInvariant() : Empty;
}
