using System.Text;
using System.Text.Json;
using GraphQL;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Api.Types;

/// <summary>Opaque page cursors: clients pass them back, they do not build them.</summary>
internal static class Cursor
{
    private const string Prefix = "patient:";
    private const string MatchPrefix = "match:";

    public static string Encode(string patientId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + patientId));

    public static string Decode(string cursor) =>
        TryText(cursor, Prefix) ?? throw BadCursor();

    public static string Encode(ActionableAlterationKey key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(MatchPrefix + JsonSerializer.Serialize(key)));

    public static ActionableAlterationKey DecodeMatch(string cursor)
    {
        try
        {
            if (TryText(cursor, MatchPrefix) is { } json && JsonSerializer.Deserialize<ActionableAlterationKey>(json) is { PatientId: not null, SampleId: not null, Gene: not null, Alteration: not null } key)
                return key;
        }
        catch (JsonException) { }
        throw BadCursor();
    }

    private static string? TryText(string cursor, string prefix)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static ExecutionError BadCursor() =>
        new("after is not a cursor this API returned; pass endCursor of the previous page") { Code = "BAD_CURSOR" };
}
