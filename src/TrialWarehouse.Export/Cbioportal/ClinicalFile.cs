using System.Text;

namespace TrialWarehouse.Export.Cbioportal;

/// <summary>A clinical attribute: its column name, display name, description, datatype (STRING, NUMBER, BOOLEAN), priority.</summary>
internal sealed record ClinicalAttribute(string Name, string DisplayName, string Description, string Datatype = "STRING", int Priority = 1);

/// <summary>
/// A cBioPortal clinical data file: the four '#' lines (display names, descriptions, datatypes, priorities), the
/// attribute names, then one row per patient or sample.
/// </summary>
internal static class ClinicalFile
{
    public static void Write(string path, IReadOnlyList<ClinicalAttribute> attributes, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var text = new StringBuilder();
        text.Append('#').AppendJoin('\t', attributes.Select(a => a.DisplayName)).Append('\n');
        text.Append('#').AppendJoin('\t', attributes.Select(a => a.Description)).Append('\n');
        text.Append('#').AppendJoin('\t', attributes.Select(a => a.Datatype)).Append('\n');
        text.Append('#').AppendJoin('\t', attributes.Select(a => a.Priority)).Append('\n');
        text.AppendJoin('\t', attributes.Select(a => a.Name)).Append('\n');
        foreach (var row in rows)
            text.AppendJoin('\t', row.Select(MetaFile.Clean)).Append('\n');
        File.WriteAllText(path, text.ToString());
    }
}
