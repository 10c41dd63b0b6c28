namespace TrialWarehouse.Genomics.Maf;

/// <summary>Writes a MAF: the <c>#version 2.4</c> line, the header, one tab-separated line per row.</summary>
public sealed class MafWriter(TextWriter output)
{
    private bool _started;

    public void Write(MafRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        Start();
        // A tab or line break inside a value would shift every later column of the line.
        output.Write(string.Join('\t', row.Values.Select(v => v.ReplaceLineEndings(" ").Replace('\t', ' '))));
        output.Write('\n');
    }

    /// <summary>Writes the two header lines if no row did (an empty MAF still has its columns).</summary>
    public void Start()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        output.Write(MafColumns.Version);
        output.Write('\n');
        output.Write(MafColumns.HeaderLine);
        output.Write('\n');
    }
}
