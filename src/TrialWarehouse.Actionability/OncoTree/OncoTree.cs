using System.Reflection;

namespace TrialWarehouse.Actionability;

/// <summary>
/// The OncoTree tumor types the knowledge base and the trial use (a subset of the published tree, shipped as
/// oncotree.tsv). Codes are compared case-insensitively, as cBioPortal does.
/// </summary>
public static class OncoTree
{
    public const string Root = "TISSUE";

    private static readonly Lazy<OncoTreeTable> Table = new(Load);

    public static IReadOnlyCollection<string> Codes => Table.Value.Nodes.Keys;

    public static string Version => Table.Value.Version;

    public static bool IsKnown(string code) => Table.Value.Nodes.ContainsKey(code.Trim());

    /// <summary>The code as the table spells it (upper case), e.g. "idc" gives "IDC".</summary>
    public static string Canonical(string code) => Node(code).Code;

    public static string Name(string code) => Node(code).Name;

    public static string? Parent(string code) => Node(code).Parent;

    /// <summary>True when <paramref name="code"/> is <paramref name="ancestor"/> or lies below it; false for unknown codes.</summary>
    public static bool IsSameOrDescendant(string code, string ancestor)
    {
        var nodes = Table.Value.Nodes;
        if (!nodes.TryGetValue(code.Trim(), out var node) || !nodes.ContainsKey(ancestor.Trim()))
            return false;
        for (var current = node; current is not null; current = current.Parent is null ? null : nodes[current.Parent])
        {
            if (string.Equals(current.Code, ancestor.Trim(), StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The code and every code below it in the table (canonical spelling), e.g. LUNG gives LUNG, NSCLC, LUAD, ...;
    /// an unknown code gives itself alone, so a filter by it matches exactly that code.
    /// </summary>
    public static IReadOnlyList<string> SelfAndDescendants(string code)
    {
        var trimmed = code.Trim();
        if (!IsKnown(trimmed))
            return [trimmed];
        return Table.Value.Nodes.Values.Where(n => IsSameOrDescendant(n.Code, trimmed)).Select(n => n.Code).Order(StringComparer.Ordinal).ToList();
    }

    private static OncoTreeNode Node(string code) =>
        Table.Value.Nodes.TryGetValue(code.Trim(), out var node)
            ? node
            : throw new ArgumentException($"'{code}' is not an OncoTree code known to this table", nameof(code));

    private static OncoTreeTable Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TrialWarehouse.Actionability.oncotree.tsv")
            ?? throw new InvalidOperationException("the embedded OncoTree table is missing from the assembly");
        using var reader = new StreamReader(stream);
        return OncoTreeTable.Parse(reader);
    }
}

internal sealed record OncoTreeNode(string Code, string Name, string? Parent);

internal sealed class OncoTreeTable
{
    private OncoTreeTable(string version, Dictionary<string, OncoTreeNode> nodes)
    {
        Version = version;
        Nodes = nodes;
    }

    public string Version { get; }

    public Dictionary<string, OncoTreeNode> Nodes { get; }

    // The table ships inside the assembly, so a malformed one is a build defect: fail loudly rather than report InputErrors.
    public static OncoTreeTable Parse(TextReader reader)
    {
        var nodes = new Dictionary<string, OncoTreeNode>(StringComparer.OrdinalIgnoreCase);
        string version = "unknown";
        bool header = false;
        int lineNumber = 0;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNumber++;
            if (line.Length == 0)
                continue;
            if (line.StartsWith('#'))
            {
                const string versionKey = "# version:";
                if (line.StartsWith(versionKey, StringComparison.Ordinal))
                    version = line[versionKey.Length..].Trim();
                continue;
            }
            var fields = line.Split('\t');
            if (!header)
            {
                header = fields is ["code", "name", "parent"] ? true : throw Defect(lineNumber, "header must be code, name, parent");
                continue;
            }
            if (fields.Length != 3 || fields[0].Length == 0 || fields[1].Length == 0)
                throw Defect(lineNumber, "expected code, name and parent");
            var parent = fields[2].Length == 0 ? null : fields[2];
            if ((parent is null) != (fields[0] == OncoTree.Root) || !nodes.TryAdd(fields[0], new OncoTreeNode(fields[0], fields[1], parent)))
                throw Defect(lineNumber, $"'{fields[0]}' is a duplicate, or a second root");
        }
        foreach (var node in nodes.Values)
        {
            int depth = 0;
            for (var parent = node.Parent; parent is not null; parent = nodes[parent].Parent)
            {
                if (!nodes.ContainsKey(parent) || ++depth > nodes.Count)
                    throw Defect(0, $"'{node.Code}' does not lead to {OncoTree.Root}");
            }
        }
        return new OncoTreeTable(version, nodes);
    }

    private static InvalidOperationException Defect(int line, string message) => new($"oncotree.tsv:{line}: {message}");
}
