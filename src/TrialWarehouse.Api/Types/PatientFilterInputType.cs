using GraphQL.Types;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class PatientFilterInputType : InputObjectGraphType<PatientFilter>
{
    public PatientFilterInputType()
    {
        Name = "PatientFilter";
        Description = "Selects a cohort; criteria combine with AND, an absent one selects everyone.";
        Field<StringGraphType>("tumorType").Description("OncoTree code of the primary tumor, e.g. BRCA.");
        Field<StringGraphType>("gene").Description("Patients with a mutation or a non-neutral copy-number call in this gene (HGNC symbol).");
    }

    public override object ParseDictionary(IDictionary<string, object?> value) =>
        new PatientFilter(value.TryGetValue("tumorType", out var t) ? t as string : null, value.TryGetValue("gene", out var g) ? g as string : null);
}
