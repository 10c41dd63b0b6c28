namespace TrialWarehouse.Clinical;

/// <summary>The schema of one kind of clinical file and how one of its rows becomes a domain record.</summary>
internal abstract class RecordMapper<T>
    where T : class
{
    public abstract IReadOnlyList<Column> Columns { get; }

    /// <summary>The line of each record returned, in order (filled by the table reader), for errors found later, at load time.</summary>
    public List<long> Lines { get; } = [];

    /// <summary>Returns the record, or null when the row was rejected (its errors are already reported).</summary>
    public abstract T? Map(Record record);

    /// <summary>Checks rules that span rows, once every row was mapped; reports at the offending rows' lines.</summary>
    public virtual void Finish(ErrorLog errors)
    {
    }
}
