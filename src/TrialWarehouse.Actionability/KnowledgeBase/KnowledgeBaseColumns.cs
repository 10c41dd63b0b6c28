namespace TrialWarehouse.Actionability;

public static class KnowledgeBaseColumns
{
    public const string Gene = "gene";
    public const string Alteration = "alteration";
    public const string TumorType = "tumor_type";
    public const string Escat = "escat";
    public const string OncoKb = "oncokb";
    public const string Drugs = "drugs";
    public const string Evidence = "evidence";
    public const string Pmid = "pmid";

    public static readonly string[] All = [Gene, Alteration, TumorType, Escat, OncoKb, Drugs, Evidence, Pmid];

    public static string HeaderLine => string.Join('\t', All);
}
