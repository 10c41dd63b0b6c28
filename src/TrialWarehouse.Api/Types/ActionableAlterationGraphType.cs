using GraphQL.Types;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class ActionableAlterationGraphType : ObjectGraphType<ActionableMatchRow>
{
    public ActionableAlterationGraphType()
    {
        Name = "ActionableAlteration";
        Description = "An alteration that a knowledge-base rule ranks as actionable for the patient's tumor type. Decision support: the tumor board decides.";
        AddMatchFields(this, m => m);
    }

    /// <summary>The fields of a match, shared with the cohort-wide listing (which adds the patient and sample).</summary>
    internal static void AddMatchFields<T>(ObjectGraphType<T> type, Func<T, ActionableMatchRow> row)
    {
        type.Field<NonNullGraphType<StringGraphType>>("gene").Description("HGNC symbol (empty for signatures).").Resolve(c => row(c.Source).Gene);
        type.Field<NonNullGraphType<StringGraphType>>("alteration").Description("The alteration, e.g. p.H1047R or amplification.").Resolve(c => row(c.Source).Alteration);
        type.Field<NonNullGraphType<StringGraphType>>("kind").Description("Mutation, CopyNumber, Fusion, Signature or Protein (an IHC result).").Resolve(c => row(c.Source).AlterationKind);
        type.Field<NonNullGraphType<StringGraphType>>("escatTier").Description("ESCAT tier for this patient (lowered to III-A when the evidence is from another tumor type).").Resolve(c => row(c.Source).Escat);
        type.Field<StringGraphType>("oncokbLevel").Description("OncoKB-style level for this patient (3B when the evidence is from another tumor type).").Resolve(c => row(c.Source).OncoKb);
        type.Field<NonNullGraphType<StringGraphType>>("evidenceScope").Description("PatientTumorType, TumorAgnostic or OtherTumorType.").Resolve(c => row(c.Source).Scope);
        type.Field<NonNullGraphType<BooleanGraphType>>("best").Description("The best-ranked rule for this alteration.").Resolve(c => row(c.Source).IsBest);
        type.Field<NonNullGraphType<BooleanGraphType>>("countsAsActionable").Description("False for resistance rules and germline-only rules not yet confirmed by a germline test.").Resolve(c => row(c.Source).Counts);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("drugs").Description("Drugs the rule suggests.").Resolve(c => row(c.Source).Drugs.Split(';', StringSplitOptions.RemoveEmptyEntries));
        type.Field<NonNullGraphType<StringGraphType>>("evidence").Description("Evidence and citation of the rule.").Resolve(c => row(c.Source).Evidence);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("pmids").Description("PubMed ids of the evidence.").Resolve(c => row(c.Source).Pmids.Split(';', StringSplitOptions.RemoveEmptyEntries));
        type.Field<NonNullGraphType<StringGraphType>>("rule").Description("The rule's matcher and tumor type, e.g. `p.H1047R in BRCA`.").Resolve(c => $"{row(c.Source).Matcher} in {row(c.Source).RuleTumorType}");
        type.Field<NonNullGraphType<StringGraphType>>("kbVersion").Description("Knowledge-base version the match was made under.").Resolve(c => row(c.Source).KbVersion);
        type.Field<FloatGraphType>("vaf").Description("Tumor VAF of the mutation, when it is one.").Resolve(c => row(c.Source).Vaf);
    }
}
