using TrialWarehouse.Domain;

namespace TrialWarehouse.Actionability;

internal sealed class KnowledgeBaseParser(string fileName)
{
    // Past this many, further errors are mostly echoes of the first ones.
    private const int MaxErrors = 100;

    private readonly List<InputError> _errors = [];
    private readonly Dictionary<string, string> _metadata = new(StringComparer.Ordinal);
    private readonly List<KnowledgeBaseRule> _rules = [];
    private readonly Dictionary<string, long> _ruleKeys = new(StringComparer.OrdinalIgnoreCase);

    public KnowledgeBase Parse(TextReader reader)
    {
        long lineNumber = 0;
        bool headerSeen = false;
        for (var line = reader.ReadLine(); line is not null && _errors.Count < MaxErrors; line = reader.ReadLine())
        {
            lineNumber++;
            line = line.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
                continue;
            if (line.StartsWith('#'))
            {
                if (!headerSeen)
                    ReadMetadata(lineNumber, line);
                continue;
            }
            if (!headerSeen)
            {
                headerSeen = true;
                if (line.Trim() != KnowledgeBaseColumns.HeaderLine)
                {
                    Error(lineNumber, null, $"the column header must be '{KnowledgeBaseColumns.HeaderLine.Replace("\t", "<TAB>", StringComparison.Ordinal)}'");
                    break;
                }
                continue;
            }
            var rule = new KnowledgeBaseRowParser(fileName, lineNumber, _errors).Parse(line);
            if (rule is not null)
                AddRule(rule);
        }

        if (!_metadata.ContainsKey("version"))
            Error(0, "version", "missing '# version: <text>' line above the column header (e.g. '# version: 2026.06-1')");
        if (!headerSeen)
            Error(0, null, $"no column header line; expected '{KnowledgeBaseColumns.HeaderLine.Replace("\t", "<TAB>", StringComparison.Ordinal)}' after the '#' lines");
        else if (_rules.Count == 0 && _errors.Count == 0)
            Error(0, null, "the knowledge base has no rules (add rows below the column header)");
        if (_errors.Count > 0)
            throw new InputRejectedException(_errors);

        return new KnowledgeBase(fileName, _metadata["version"], _metadata.GetValueOrDefault("title"), _metadata.GetValueOrDefault("disclaimer"), _rules);
    }

    private void ReadMetadata(long lineNumber, string line)
    {
        var text = line.TrimStart('#').Trim();
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
            return;
        var key = text[..colon].Trim();
        if (key is not ("version" or "title" or "disclaimer"))
            return;
        var value = text[(colon + 1)..].Trim();
        if (value.Length == 0)
            Error(lineNumber, key, $"'# {key}:' needs a value after the colon");
        else if (!_metadata.TryAdd(key, value))
            Error(lineNumber, key, $"'# {key}:' is given twice; keep one");
    }

    private void AddRule(KnowledgeBaseRule rule)
    {
        var key = string.Join('\u0001', rule.Gene, rule.Alteration.Text, rule.TumorType, rule.OncoKb?.Label() ?? "", string.Join(';', rule.Drugs));
        if (_ruleKeys.TryGetValue(key, out long first))
        {
            Error(rule.Line, KnowledgeBaseColumns.Alteration, $"duplicates the rule on line {first} (same gene, alteration, tumor type, OncoKB level and drugs); merge the two rows");
            return;
        }
        _ruleKeys.Add(key, rule.Line);
        _rules.Add(rule);
    }

    private void Error(long line, string? field, string message) => _errors.Add(new InputError(fileName, line, field, message));
}
