namespace TrialWarehouse.Genomics.Normalisation;

/// <summary>
/// Left-aligns and parsimoniously trims a biallelic variant against the reference (the algorithm of Tan et al.,
/// Bioinformatics 2015, as <c>bcftools norm -f</c> and <c>vt normalize</c> apply it): an indel in a repeat moves to
/// its leftmost equivalent position, so the same change always gets the same key whatever the caller wrote.
/// </summary>
public static class LeftAligner
{
    /// <summary>
    /// The normalised variant; null when REF disagrees with the reference at that position (the file is on another
    /// build, or the contig is not in the FASTA). Symbolic alleles are returned as they are.
    /// </summary>
    public static NormalisedVariant? Align(ReferenceGenome reference, string chrom, long position, string refAllele, string altAllele)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (!VariantNormaliser.IsSequence(refAllele) || !VariantNormaliser.IsSequence(altAllele))
            return new NormalisedVariant(position, refAllele, altAllele);
        var expected = reference.Bases(chrom, position, refAllele.Length);
        if (expected is null || !Matches(expected, refAllele))
            return null;

        var r = refAllele.ToUpperInvariant();
        var a = altAllele.ToUpperInvariant();
        long pos = position;
        while (true)
        {
            bool changed = false;
            if (r.Length > 0 && a.Length > 0 && r[^1] == a[^1])
            {
                (r, a) = (r[..^1], a[..^1]);
                changed = true;
            }
            if ((r.Length == 0 || a.Length == 0) && pos > 1 && reference.Bases(chrom, pos - 1, 1) is { } before)
            {
                (r, a) = (before + r, before + a);
                pos--;
                changed = true;
            }
            if (!changed)
                break;
        }
        // At the first base of a contig there is nothing to pad with on the left: as VCF does, pad with the base after.
        if ((r.Length == 0 || a.Length == 0) && reference.Bases(chrom, pos + r.Length, 1) is { } after)
            return new NormalisedVariant(pos, r + after, a + after);
        while (r.Length > 1 && a.Length > 1 && r[0] == a[0])
        {
            (r, a) = (r[1..], a[1..]);
            pos++;
        }
        return new NormalisedVariant(pos, r, a);
    }

    // N in the FASTA or the file matches any base.
    private static bool Matches(string expected, string allele)
    {
        for (int i = 0; i < allele.Length; i++)
        {
            char e = expected[i], x = char.ToUpperInvariant(allele[i]);
            if (e != x && e != 'N' && x != 'N')
                return false;
        }
        return true;
    }
}
