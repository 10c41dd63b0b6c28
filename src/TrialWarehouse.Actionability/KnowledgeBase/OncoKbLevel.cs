namespace TrialWarehouse.Actionability;

/// <summary>OncoKB therapeutic levels, sensitivity levels strongest first, then the two resistance levels.</summary>
public enum OncoKbLevel
{
    Level1,
    Level2,
    Level3A,
    Level3B,
    Level4,
    R1,
    R2,
}

public static class OncoKbLevels
{
    private static readonly string[] Labels = ["1", "2", "3A", "3B", "4", "R1", "R2"];

    public static IReadOnlyList<string> AllLabels => Labels;

    public static string Label(this OncoKbLevel level) => Labels[(int)level];

    public static bool IsResistance(this OncoKbLevel level) => level >= OncoKbLevel.R1;

    public static bool TryParse(string text, out OncoKbLevel level)
    {
        int index = Array.IndexOf(Labels, text);
        level = index < 0 ? OncoKbLevel.Level4 : (OncoKbLevel)index;
        return index >= 0;
    }
}
