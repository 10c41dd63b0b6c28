using TrialWarehouse.Domain;

namespace TrialWarehouse.Actionability;

/// <summary>Validates one data row; adds an <see cref="InputError"/> per bad field and returns null if there was any.</summary>
internal sealed class KnowledgeBaseRowParser(string fileName, long lineNumber, List<InputError> errors)
{
    private int _errorsBefore;

    public KnowledgeBaseRule? Parse(string line)
    {
        _errorsBefore = errors.Count;
        var fields = line.Split('\t');
        if (fields.Length != KnowledgeBaseColumns.All.Length)
        {
            Error(null, $"expected {KnowledgeBaseColumns.All.Length} tab-separated columns ({string.Join(", ", KnowledgeBaseColumns.All)}), found {fields.Length}");
            return null;
        }
        for (int i = 0; i < fields.Length; i++)
            fields[i] = fields[i].Trim();

        var gene = ParseGene(fields[0]);
        var matcher = ParseMatcher(fields[1], gene);
        var tumorType = ParseTumorType(fields[2]);
        var escat = ParseEscat(fields[3]);
        var oncoKb = ParseOncoKb(fields[4], escat);
        var drugs = ParseList(fields[5], KnowledgeBaseColumns.Drugs, "a drug name");
        var evidence = fields[6];
        if (evidence.Length == 0)
            Error(KnowledgeBaseColumns.Evidence, "is empty; say in a few words what supports the rule (trial, publication, guideline)");
        var pmids = ParseList(fields[7], KnowledgeBaseColumns.Pmid, "a PubMed id");
        foreach (var pmid in pmids)
        {
            if (pmid.Length > 9 || !pmid.All(char.IsAsciiDigit))
                Error(KnowledgeBaseColumns.Pmid, $"'{pmid}' is not a PubMed id (digits only, e.g. 30137196; leave empty rather than guess)");
        }

        if (errors.Count > _errorsBefore || gene is null || matcher is null || tumorType is null || escat is null)
            return null;
        return new KnowledgeBaseRule(lineNumber, gene, matcher, tumorType, escat.Value, oncoKb, drugs, evidence, pmids);
    }

    private string? ParseGene(string text)
    {
        if (text == "*")
            return text;
        if (!AlterationMatcherParser.GenePattern().IsMatch(text))
        {
            Error(KnowledgeBaseColumns.Gene, $"'{text}' is not a gene symbol (HGNC symbol such as ERBB2, or * for a signature row)");
            return null;
        }
        return text.ToUpperInvariant();
    }

    private AlterationMatcher? ParseMatcher(string text, string? gene)
    {
        if (!AlterationMatcherParser.TryParse(text, out var matcher, out var problem))
        {
            Error(KnowledgeBaseColumns.Alteration, problem);
            return null;
        }
        if (gene == "*" && !matcher.IsGeneIndependent)
            Error(KnowledgeBaseColumns.Gene, $"'*' is only for signature rows; '{text}' needs a gene symbol");
        else if (gene is not null and not "*" && matcher.IsGeneIndependent)
            Error(KnowledgeBaseColumns.Gene, $"a signature row applies to no gene; write * instead of '{gene}'");
        else if (matcher is ProteinMatcher { OnlyGene: { } only } && gene is not null && gene != only)
            Error(KnowledgeBaseColumns.Gene, $"'{text}' is a class of HER2, whose gene is {only}; write {only} instead of '{gene}'");
        else if (matcher is ProteinMatcher && gene is not null && !IhcVocabulary.GeneOfMarker.Values.Contains(gene))
            Error(KnowledgeBaseColumns.Gene, $"'{gene}' encodes none of the IHC markers of ihc.csv; an ihc: row names the gene of one of them: {string.Join(", ", IhcVocabulary.GeneOfMarker.Values.Order(StringComparer.Ordinal))}");
        return matcher;
    }

    private string? ParseTumorType(string text)
    {
        if (text == KnowledgeBaseRule.AnyTumorType)
            return text;
        if (text.Length == 0 || !OncoTree.IsKnown(text))
        {
            Error(KnowledgeBaseColumns.TumorType, $"'{text}' is not an OncoTree code of the shipped table (e.g. BRCA, LUAD, COADREAD, MEL), or * for any tumor type");
            return null;
        }
        return OncoTree.Canonical(text);
    }

    private EscatTier? ParseEscat(string text)
    {
        if (EscatTiers.TryParse(text, out var tier))
            return tier;
        Error(KnowledgeBaseColumns.Escat, $"'{text}' is not an ESCAT tier (expected one of {string.Join(", ", EscatTiers.AllLabels)})");
        return null;
    }

    private OncoKbLevel? ParseOncoKb(string text, EscatTier? escat)
    {
        if (text.Length == 0)
            return null;
        if (!OncoKbLevels.TryParse(text, out var level))
        {
            Error(KnowledgeBaseColumns.OncoKb, $"'{text}' is not an OncoKB level (expected one of {string.Join(", ", OncoKbLevels.AllLabels)}, or empty)");
            return null;
        }
        // ESCAT ranks targets, not resistance; tier X ("no evidence of actionability") is the only honest tier for a resistance row.
        if (level.IsResistance() && escat is { } tier && tier != EscatTier.X)
            Error(KnowledgeBaseColumns.Escat, $"a resistance row (OncoKB {level.Label()}) must have ESCAT tier X, not {tier.Label()}");
        return level;
    }

    private List<string> ParseList(string text, string column, string what)
    {
        if (text.Length == 0)
            return [];
        var items = text.Split(';').Select(item => item.Trim()).ToList();
        if (items.Any(item => item.Length == 0))
            Error(column, $"has an empty entry; separate each {what} from the next by a single ';'");
        return items.Where(item => item.Length > 0).ToList();
    }

    private void Error(string? field, string message) => errors.Add(new InputError(fileName, lineNumber, field, message));
}
