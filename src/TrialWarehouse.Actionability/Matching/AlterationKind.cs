namespace TrialWarehouse.Actionability;

public enum AlterationKind
{
    Mutation,
    CopyNumber,
    Fusion,
    Signature,
}
