namespace TrialWarehouse.Genomics.Normalisation;

/// <summary>A biallelic variant after trimming; the same change always gives the same value.</summary>
public readonly record struct NormalisedVariant(long Position, string Ref, string Alt);
