using GraphQL.Types;

namespace TrialWarehouse.Api.Types;

public sealed class CtcDrawGraphType : ObjectGraphType<CtcDrawNode>
{
    public CtcDrawGraphType()
    {
        Name = "CtcDraw";
        Description = "One circulating-tumor-cell count of one blood draw (ctc.csv).";
        Field<NonNullGraphType<DateOnlyGraphType>>("drawDate").Description("Date of the blood draw." + DatePrecision.Note).Resolve(c => DatePrecision.For(c.User, c.Source.Row.DrawDate));
        Field<NonNullGraphType<StringGraphType>>("method").Description("CellSearch, flow_cytometry, microfluidic or other; only CellSearch counts enter the kinetics.").Resolve(c => c.Source.Row.Method);
        Field<NonNullGraphType<IntGraphType>>("count").Description("CTCs per 7.5 mL of blood.").Resolve(c => c.Source.Row.Count);
        Field<IntGraphType>("atypicalCount").Description("Atypical CTCs per 7.5 mL (cytokeratin+ CD45- events failing the full criteria), when counted.").Resolve(c => c.Source.Row.AtypicalCount);
        Field<IntGraphType>("emtCount").Description("CTCs with an epithelial-mesenchymal transition phenotype per 7.5 mL, when counted.").Resolve(c => c.Source.Row.EmtCount);
        Field<IntGraphType>("lineNumber").Description("The therapy line of the draw: as delivered, else derived from the dates (docs/endpoints.md); null when it falls in no line.").Resolve(c => c.Source.LineNumber);
        Field<NonNullGraphType<BooleanGraphType>>("lineNumberDerived").Description("True when lineNumber was derived from the dates rather than delivered.").Resolve(c => c.Source.Row.LineNumber is null);
    }
}
