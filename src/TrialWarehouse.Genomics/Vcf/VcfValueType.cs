namespace TrialWarehouse.Genomics.Vcf;

public enum VcfValueType
{
    Integer,
    Float,
    Flag,
    Character,
    String,
}

internal static class VcfValueTypes
{
    /// <summary>Exactly the spec's spellings (Enum.TryParse would also take numbers and padded names).</summary>
    public static bool TryParse(string text, out VcfValueType type)
    {
        (bool ok, type) = text switch
        {
            "Integer" => (true, VcfValueType.Integer),
            "Float" => (true, VcfValueType.Float),
            "Flag" => (true, VcfValueType.Flag),
            "Character" => (true, VcfValueType.Character),
            "String" => (true, VcfValueType.String),
            _ => (false, default),
        };
        return ok;
    }
}
