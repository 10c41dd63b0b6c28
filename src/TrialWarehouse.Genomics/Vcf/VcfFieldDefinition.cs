namespace TrialWarehouse.Genomics.Vcf;

/// <summary>An INFO or FORMAT definition from the header (or the spec's reserved table when the header has none).</summary>
public sealed record VcfFieldDefinition(string Id, VcfNumber Number, VcfValueType Type, string Description);
