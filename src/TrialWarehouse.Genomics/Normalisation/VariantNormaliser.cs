namespace TrialWarehouse.Genomics.Normalisation;

/// <summary>
/// Trims the bases REF and ALT share: first the common suffix, then the common prefix, keeping one base on each side
/// so that an indel keeps its VCF padding base. This is the trimming half of <c>bcftools norm</c>; left-alignment
/// through repeats would need the reference sequence and is left to the caller.
/// </summary>
public static class VariantNormaliser
{
    public static NormalisedVariant Normalise(long position, string reference, string alt)
    {
        if (!IsSequence(reference) || !IsSequence(alt))
        {
            return new NormalisedVariant(position, reference, alt);
        }

        var r = reference.AsSpan();
        var a = alt.AsSpan();
        while (r.Length > 1 && a.Length > 1 && char.ToUpperInvariant(r[^1]) == char.ToUpperInvariant(a[^1]))
        {
            r = r[..^1];
            a = a[..^1];
        }

        while (r.Length > 1 && a.Length > 1 && char.ToUpperInvariant(r[0]) == char.ToUpperInvariant(a[0]))
        {
            r = r[1..];
            a = a[1..];
            position++;
        }

        // Nothing trimmed and already upper case, as nearly every allele is: the strings are kept, not copied.
        if (r.Length == reference.Length && a.Length == alt.Length && !r.ContainsAny("acgtn") && !a.ContainsAny("acgtn"))
        {
            return new NormalisedVariant(position, reference, alt);
        }

        return new NormalisedVariant(position, r.ToString().ToUpperInvariant(), a.ToString().ToUpperInvariant());
    }

    /// <summary>Plain bases (not symbolic, breakend, '*' or missing), the only alleles trimming applies to.</summary>
    public static bool IsSequence(string allele)
    {
        if (allele.Length == 0)
        {
            return false;
        }

        foreach (char c in allele)
        {
            if (c is not ('A' or 'C' or 'G' or 'T' or 'N' or 'a' or 'c' or 'g' or 't' or 'n'))
            {
                return false;
            }
        }

        return true;
    }
}
