using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

/// <summary>Patients of a cohort altered in a gene by one class of alteration, as a share of the profiled patients.</summary>
public sealed record AlterationFrequency(string Gene, string AlterationClass, Domain.Proportion Patients);

public sealed class AlterationFrequencyGraphType : ObjectGraphType<AlterationFrequency>
{
    public AlterationFrequencyGraphType()
    {
        Name = "AlterationFrequency";
        Description = "How many patients of the cohort carry an alteration of one class in one gene.";
        Field<NonNullGraphType<StringGraphType>>("gene").Description("HGNC symbol.").Resolve(c => c.Source.Gene);
        Field<NonNullGraphType<StringGraphType>>("alterationClass").Description("mutation, amplification, gain, shallow_deletion or deep_deletion.").Resolve(c => c.Source.AlterationClass);
        Field<NonNullGraphType<ProportionGraphType>>("patients").Description("Patients altered, out of the cohort's patients with a complete profile.").Resolve(c => c.Source.Patients);
    }
}
