namespace TrialWarehouse.Actionability;

/// <summary>Matches a sample's alterations against a knowledge base for the patient's tumor type.</summary>
public static class Annotator
{
    /// <summary>
    /// Every (alteration, rule) pair that matches, in alteration order then knowledge-base order. A rule for another
    /// tumor type still matches, at the lowered tier of <see cref="EvidenceDowngrade"/>. A patient tumor type the
    /// OncoTree table does not know makes every tumor-specific rule "another tumor type".
    /// </summary>
    public static IReadOnlyList<ActionableMatch> Annotate(KnowledgeBase kb, string tumorType, IReadOnlyList<Alteration> alterations)
    {
        ArgumentNullException.ThrowIfNull(kb);
        ArgumentException.ThrowIfNullOrWhiteSpace(tumorType);
        ArgumentNullException.ThrowIfNull(alterations);

        var matches = new List<ActionableMatch>();
        foreach (var alteration in alterations)
        {
            foreach (var rule in kb.Rules)
            {
                if (rule.Alteration.Matches(rule.Gene, alteration))
                    matches.Add(Match(alteration, rule, ScopeOf(rule, tumorType)));
            }
        }
        return matches;
    }

    /// <summary>
    /// The strongest match of each alteration (by <see cref="ActionableMatchOrder"/>), in the order the alterations
    /// first appear. Resistance matches and matches awaiting germline confirmation are never chosen; an alteration
    /// with nothing else is left out.
    /// </summary>
    public static IReadOnlyList<ActionableMatch> BestPerAlteration(IReadOnlyList<ActionableMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        var best = new Dictionary<Alteration, ActionableMatch>();
        var order = new List<Alteration>();
        foreach (var match in matches.Where(m => m.CountsForActionability))
        {
            if (!best.TryGetValue(match.Alteration, out var current))
            {
                order.Add(match.Alteration);
                best[match.Alteration] = match;
            }
            else if (ActionableMatchOrder.Instance.Compare(match, current) < 0)
            {
                best[match.Alteration] = match;
            }
        }
        return order.Select(alteration => best[alteration]).ToList();
    }

    private static EvidenceScope ScopeOf(KnowledgeBaseRule rule, string tumorType) =>
        rule.IsTumorAgnostic ? EvidenceScope.TumorAgnostic
        : OncoTree.IsSameOrDescendant(tumorType, rule.TumorType) ? EvidenceScope.PatientTumorType
        : EvidenceScope.OtherTumorType;

    private static ActionableMatch Match(Alteration alteration, KnowledgeBaseRule rule, EvidenceScope scope) =>
        scope == EvidenceScope.OtherTumorType
            ? new ActionableMatch(alteration, rule, EvidenceDowngrade.ForOtherTumorType(rule.Escat), EvidenceDowngrade.ForOtherTumorType(rule.OncoKb), scope)
            : new ActionableMatch(alteration, rule, rule.Escat, rule.OncoKb, scope);
}
