namespace TrialWarehouse.Actionability;

/// <summary>
/// Sequence Ontology consequence terms (as VEP and SnpEff write them) grouped the way the matchers need them.
/// When a caller gave no consequence, one is inferred from the protein change so a bare "p.V600E" still matches.
/// </summary>
public static class Consequences
{
    public static readonly IReadOnlySet<string> Truncating = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "stop_gained", "frameshift_variant", "splice_acceptor_variant", "splice_donor_variant", "start_lost",
    };

    public static readonly IReadOnlySet<string> InframeIndel = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "inframe_insertion", "inframe_deletion",
    };

    /// <summary>Every consequence that changes the protein sequence: what <c>class:oncogenic</c> accepts.</summary>
    public static readonly IReadOnlySet<string> ProteinAltering = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "missense_variant", "stop_gained", "frameshift_variant", "splice_acceptor_variant", "splice_donor_variant",
        "start_lost", "stop_lost", "inframe_insertion", "inframe_deletion", "protein_altering_variant",
    };

    public const string Missense = "missense_variant";

    public static IReadOnlySet<string> Of(Alteration alteration)
    {
        if (!string.IsNullOrWhiteSpace(alteration.Consequence))
        {
            // VEP joins several terms with '&', some pipelines with ','.
            var terms = alteration.Consequence.Split(['&', ',', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return new HashSet<string>(terms, StringComparer.OrdinalIgnoreCase);
        }
        return Infer(alteration.HgvsP);
    }

    private static HashSet<string> Infer(string? hgvsP)
    {
        var terms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(hgvsP))
            return terms;
        if (ProteinChange.TryParseSubstitution(hgvsP, out var substitution))
        {
            terms.Add(substitution switch
            {
                { Alternate: '=' } => "synonymous_variant",
                { Alternate: '*' } => "stop_gained",
                { Reference: '*' } => "stop_lost",
                { Reference: 'M', Position: 1 } => "start_lost",
                _ => Missense,
            });
            return terms;
        }
        var change = ProteinChange.Normalise(hgvsP);
        if (change.Contains("fs", StringComparison.Ordinal))
            terms.Add("frameshift_variant");
        else if (change.Contains("delins", StringComparison.Ordinal))
            terms.Add("protein_altering_variant");
        else if (change.Contains("del", StringComparison.Ordinal))
            terms.Add("inframe_deletion");
        else if (change.Contains("ins", StringComparison.Ordinal) || change.Contains("dup", StringComparison.Ordinal))
            terms.Add("inframe_insertion");
        else if (change.Contains("ext", StringComparison.Ordinal))
            terms.Add("stop_lost");
        return terms;
    }

    public static bool Any(IReadOnlySet<string> terms, IReadOnlySet<string> wanted) => terms.Any(wanted.Contains);
}
