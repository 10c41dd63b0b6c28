using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

public sealed class SurvivalEndpointGraphType : EnumerationGraphType
{
    public SurvivalEndpointGraphType()
    {
        Name = "SurvivalEndpoint";
        Description = "A time-to-event endpoint, as docs/endpoints.md defines it.";
        Add("OS", SurvivalEndpoint.Os, "Overall survival: diagnosis to death, censored at the last date known alive.");
        Add("PFS", SurvivalEndpoint.Pfs, "Progression-free survival on one therapy line: its start to progression or death, censored at the last date seen before the next line.");
    }
}
