using GraphQL.Types;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class AlterationClassGraphType : EnumerationGraphType
{
    public AlterationClassGraphType()
    {
        Name = "AlterationClass";
        Description = "A class of alteration, as alterationFrequencies counts them.";
        Add("MUTATION", AlterationClasses.Mutation, "A small variant that passed the caller's filters and changes the protein (not synonymous, intronic or UTR).");
        Add("AMPLIFICATION", "amplification", "Copy-number state 2.");
        Add("GAIN", "gain", "Copy-number state 1.");
        Add("SHALLOW_DELETION", "shallow_deletion", "Copy-number state -1.");
        Add("DEEP_DELETION", "deep_deletion", "Copy-number state -2.");
    }
}
