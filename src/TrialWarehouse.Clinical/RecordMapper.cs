namespace TrialWarehouse.Clinical;

/// <summary>The schema of one kind of clinical file and how one of its rows becomes a domain record.</summary>
internal abstract class RecordMapper<T>
    where T : class
{
    public abstract IReadOnlyList<Column> Columns { get; }

    /// <summary>Returns the record, or null when the row was rejected (its errors are already reported).</summary>
    public abstract T? Map(Record record);
}
