namespace TrialWarehouse.Genomics.Normalisation;

/// <summary>The VCF ordering of unordered genotypes, used to pick Number=G values for one ALT allele.</summary>
internal static class GenotypeIndex
{
    /// <summary>Index of the genotype with these alleles (sorted ascending): sum over m of C(a_m + m - 1, m).</summary>
    public static int Of(ReadOnlySpan<int> sortedAlleles)
    {
        int index = 0;
        for (int m = 1; m <= sortedAlleles.Length; m++)
        {
            index += Binomial(sortedAlleles[m - 1] + m - 1, m);
        }

        return index;
    }

    /// <summary>
    /// The indexes, in the original record, of the genotypes of a biallelic record made of REF and <paramref name="allele"/>:
    /// for ploidy 2 that is (0,0), (0,a), (a,a).
    /// </summary>
    public static int[] ForBiallelic(int allele, int ploidy)
    {
        var result = new int[ploidy + 1];
        Span<int> genotype = stackalloc int[ploidy];
        for (int altCopies = 0; altCopies <= ploidy; altCopies++)
        {
            for (int m = 0; m < ploidy; m++)
            {
                genotype[m] = m < ploidy - altCopies ? 0 : allele;
            }

            result[altCopies] = Of(genotype);
        }

        return result;
    }

    private static int Binomial(int n, int k)
    {
        if (k < 0 || k > n)
        {
            return 0;
        }

        long result = 1;
        for (int i = 1; i <= k; i++)
        {
            result = result * (n - k + i) / i;
        }

        return (int)result;
    }
}
