using GraphQL.Types;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class PatientFilterInputType : InputObjectGraphType<PatientFilter>
{
    public PatientFilterInputType()
    {
        Name = "PatientFilter";
        Description = "Selects a cohort; criteria combine with AND, an absent one selects everyone.";
        Field<StringGraphType>("tumorType").Description("OncoTree code of the primary tumor, e.g. BRCA; codes below it in the OncoTree count too (LUNG selects LUAD).");
        Field<StringGraphType>("gene").Description("Patients with a mutation or a non-neutral copy-number call in this gene (HGNC symbol); with alterationClass, with an alteration of that class in it.");
        Field<AlterationClassGraphType>("alterationClass").Description("Patients with an alteration of this class (in `gene` when given).");
        Field<StringGraphType>("tierAtMost").Description("Patients with an actionable alteration (best rule, not resistance) of this ESCAT tier or a stronger one, e.g. II-B.");
        Field<StringGraphType>("kbVersion").Description("Knowledge-base version `tierAtMost` is judged under; default the newest loaded.");
        Field<StringGraphType>("treatment").Description("Patients with a therapy line of this regimen, or one that included this drug (case-insensitive), e.g. alpelisib.");
        Field<BooleanGraphType>("matchedTherapy").Description("true: patients with at least one matched line; false: patients without one.");
        Field<DateRangeInputType>("diagnosisDate").Description("Patients diagnosed within this range.");
        Field<DateRangeInputType>("sampleCollectionDate").Description("Patients with a sample collected within this range.");
        Field<BooleanGraphType>("ctcConversionOnMatchedLine").Description("true: patients with a CTC conversion (CellSearch >= 5 at baseline, < 5 on treatment; docs/endpoints.md) on a matched line; false: patients without one.");
        Field<IntGraphType>("minNectin4HScore").Description("Patients with a sample whose nectin-4 IHC H-score is at least this (0-300).");
        Field<DateOnlyGraphType>("asOf").Description("The patients and their attributes as the warehouse described them at the end of this day (UTC), from their history; the other criteria apply to the data held now.");
    }

    public override object ParseDictionary(IDictionary<string, object?> value)
    {
        T? Get<T>(string name) where T : class => value.TryGetValue(name, out var v) ? v as T : null;
        return new PatientFilter(Get<string>("tumorType"), Get<string>("gene"))
        {
            AlterationClass = Get<string>("alterationClass"),
            TierAtMost = Get<string>("tierAtMost"),
            KbVersion = Get<string>("kbVersion"),
            Treatment = Get<string>("treatment"),
            MatchedTherapy = value.TryGetValue("matchedTherapy", out var m) ? m as bool? : null,
            DiagnosisDate = Get<DateRange>("diagnosisDate"),
            SampleCollectionDate = Get<DateRange>("sampleCollectionDate"),
            CtcConversionOnMatchedLine = value.TryGetValue("ctcConversionOnMatchedLine", out var ctc) ? ctc as bool? : null,
            MinNectin4HScore = value.TryGetValue("minNectin4HScore", out var n) ? n as int? : null,
            AsOf = value.TryGetValue("asOf", out var asOf) ? asOf as DateOnly? : null,
        };
    }
}
