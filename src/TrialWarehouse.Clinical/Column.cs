namespace TrialWarehouse.Clinical;

/// <summary>
/// A column of a clinical file. <paramref name="Noun"/> completes "... is not ___" and <paramref name="Expected"/>
/// completes "expected ___" in error messages.
/// </summary>
internal sealed record Column(string Name, bool Required, string Noun, string Expected)
{
    public static Column Identifier(string name, bool required = true) =>
        new(name, required, "an identifier", "1 to 64 characters of A-Z a-z 0-9 _ - .");

    public static Column Date(string name, bool required = true) =>
        new(name, required, "a date", "a calendar date as YYYY-MM-DD, e.g. 2019-03-14");

    public static Column Text(string name, bool required = true) => new(name, required, "text", "some text");

    public static Column OneOf(string name, IEnumerable<string> values, string noun, bool required = true) =>
        new(name, required, noun, "one of " + string.Join(", ", values));
}
