using GraphQL.Types;
using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

public sealed class IhcResultGraphType : ObjectGraphType<IhcScoreRow>
{
    public IhcResultGraphType()
    {
        Name = "IhcResult";
        Description = "One immunohistochemistry score of one marker on the sample (ihc.csv).";
        Field<NonNullGraphType<StringGraphType>>("marker").Description("The protein: HER2, ER, PR, NECTIN4, TROP2, PD-L1, AR or Ki-67.").Resolve(c => c.Source.Marker);
        Field<NonNullGraphType<StringGraphType>>("gene").Description("HGNC symbol of the gene that encodes it (ERBB2 for HER2), which knowledge-base rules name.").Resolve(c => c.Source.GeneSymbol);
        Field<NonNullGraphType<StringGraphType>>("scoring").Description("intensity, h_score or percent_positive.").Resolve(c => c.Source.Scoring);
        Field<NonNullGraphType<FloatGraphType>>("value").Description("The score on its system's scale: intensity 0-3, h_score 0-300, percent_positive 0-100.").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("valueText").Description("The score as written: 2+, H-score 210, 85%.").Resolve(c => IhcVocabulary.Format(c.Source.Scoring, c.Source.Score));
        Field<NonNullGraphType<StringGraphType>>("antibodyClone").Description("The antibody clone, e.g. 4B5.").Resolve(c => c.Source.AntibodyClone);
        Field<StringGraphType>("ishResult").Description("HER2 in-situ hybridisation: positive, negative or equivocal; null when not done.").Resolve(c => c.Source.IshResult);
        Field<BooleanGraphType>("her2Low").Description("HER2 only: IHC 1+, or 2+ with a negative ISH (DESTINY-Breast04); null for other markers.")
            .Resolve(c => c.Source.Marker == "HER2" ? IhcVocabulary.IsHer2Low(c.Source.ToDomain("")) : null);
        Field<BooleanGraphType>("her2Positive").Description("HER2 only: IHC 3+, or 2+ with a positive ISH (ASCO/CAP); null for other markers.")
            .Resolve(c => c.Source.Marker == "HER2" ? IhcVocabulary.IsHer2Positive(c.Source.ToDomain("")) : null);
    }
}
