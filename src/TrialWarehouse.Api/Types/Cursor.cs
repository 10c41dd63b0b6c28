using System.Text;
using GraphQL;

namespace TrialWarehouse.Api.Types;

/// <summary>Opaque page cursors: clients pass them back, they do not build them.</summary>
internal static class Cursor
{
    private const string Prefix = "patient:";

    public static string Encode(string patientId) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + patientId));

    public static string Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal))
                return text[Prefix.Length..];
        }
        catch (FormatException) { }
        throw new ExecutionError("after is not a cursor this API returned; pass endCursor of the previous page") { Code = "BAD_CURSOR" };
    }
}
