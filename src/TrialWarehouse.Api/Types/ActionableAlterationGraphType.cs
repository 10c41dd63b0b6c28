using GraphQL.Types;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class ActionableAlterationGraphType : ObjectGraphType<ActionableMatchRow>
{
    public ActionableAlterationGraphType()
    {
        Name = "ActionableAlteration";
        Description = "An alteration that a knowledge-base rule ranks as actionable for the patient's tumor type. Decision support: the tumor board decides.";
        Field<NonNullGraphType<StringGraphType>>("gene").Description("HGNC symbol (empty for signatures).").Resolve(c => c.Source.Gene);
        Field<NonNullGraphType<StringGraphType>>("alteration").Description("The alteration, e.g. p.H1047R or amplification.").Resolve(c => c.Source.Alteration);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("Mutation, CopyNumber, Fusion or Signature.").Resolve(c => c.Source.AlterationKind);
        Field<NonNullGraphType<StringGraphType>>("escatTier").Description("ESCAT tier for this patient (lowered to III-A when the evidence is from another tumor type).").Resolve(c => c.Source.Escat);
        Field<StringGraphType>("oncokbLevel").Description("OncoKB-style level for this patient (3B when the evidence is from another tumor type).").Resolve(c => c.Source.OncoKb);
        Field<NonNullGraphType<StringGraphType>>("evidenceScope").Description("PatientTumorType, TumorAgnostic or OtherTumorType.").Resolve(c => c.Source.Scope);
        Field<NonNullGraphType<BooleanGraphType>>("best").Description("The best-ranked rule for this alteration.").Resolve(c => c.Source.IsBest);
        Field<NonNullGraphType<BooleanGraphType>>("countsAsActionable").Description("False for resistance rules and germline-only rules not yet confirmed by a germline test.").Resolve(c => c.Source.Counts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("drugs").Description("Drugs the rule suggests.").Resolve(c => c.Source.Drugs.Split(';', StringSplitOptions.RemoveEmptyEntries));
        Field<NonNullGraphType<StringGraphType>>("evidence").Description("Evidence and citation of the rule.").Resolve(c => c.Source.Evidence);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("pmids").Description("PubMed ids of the evidence.").Resolve(c => c.Source.Pmids.Split(';', StringSplitOptions.RemoveEmptyEntries));
        Field<NonNullGraphType<StringGraphType>>("rule").Description("The rule's matcher and tumor type, e.g. `p.H1047R in BRCA`.").Resolve(c => $"{c.Source.Matcher} in {c.Source.RuleTumorType}");
        Field<NonNullGraphType<StringGraphType>>("kbVersion").Description("Knowledge-base version the match was made under.").Resolve(c => c.Source.KbVersion);
        Field<FloatGraphType>("vaf").Description("Tumor VAF of the mutation, when it is one.").Resolve(c => c.Source.Vaf);
    }
}
