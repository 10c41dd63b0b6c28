namespace TrialWarehouse.Genomics.Somatic;

/// <summary>The somatic callers whose way of writing tumor VAF, depth and ALT count the reader knows.</summary>
public enum SomaticCaller
{
    /// <summary>No caller recognised: VAF from FORMAT AF, else AD; depth from DP, else the sum of AD.</summary>
    Generic,
    Mutect2,
    Strelka2,
    VarScan2,
    Dragen,
    FreeBayes,
}
