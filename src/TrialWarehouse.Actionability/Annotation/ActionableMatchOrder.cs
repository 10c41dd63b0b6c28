namespace TrialWarehouse.Actionability;

/// <summary>
/// Strongest evidence first: ESCAT tier, then OncoKB level (a row without one after every level), then evidence in
/// the patient's own tumor type before tumor-agnostic before another tumor type, then knowledge-base line order.
/// </summary>
public sealed class ActionableMatchOrder : IComparer<ActionableMatch>
{
    public static readonly ActionableMatchOrder Instance = new();

    private ActionableMatchOrder() { }

    public int Compare(ActionableMatch? x, ActionableMatch? y)
    {
        if (ReferenceEquals(x, y))
            return 0;
        if (x is null)
            return 1;
        if (y is null)
            return -1;
        int byTier = x.Escat.CompareTo(y.Escat);
        if (byTier != 0)
            return byTier;
        int byLevel = Rank(x.OncoKb).CompareTo(Rank(y.OncoKb));
        if (byLevel != 0)
            return byLevel;
        int byScope = x.Scope.CompareTo(y.Scope);
        return byScope != 0 ? byScope : x.Rule.Line.CompareTo(y.Rule.Line);
    }

    private static int Rank(OncoKbLevel? level) => level is { } value ? (int)value : int.MaxValue;
}
