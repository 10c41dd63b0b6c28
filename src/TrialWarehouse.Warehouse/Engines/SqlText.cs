using System.Collections;
using System.Text;
using Dapper;

namespace TrialWarehouse.Warehouse.Engines;

/// <summary>
/// The one place where portable SQL (written with <c>@name</c> parameters) becomes what an engine accepts.
/// Lists are expanded here for every engine (<c>IN @keys</c> → <c>IN (@keys_0, @keys_1)</c>), because PostgreSQL
/// rejects Dapper's own expansion and DuckDB needs its parameters renamed after it.
/// </summary>
public static class SqlText
{
    /// <summary>SQL Server accepts at most 2100 parameters per command; lists stay well below.</summary>
    public const int MaxListLength = 1000;

    public static (string Sql, DynamicParameters Parameters) Prepare(string sql, object? args, WarehouseEngine engine)
    {
        var parameters = new DynamicParameters();
        foreach (var (name, value) in Arguments(args))
        {
            if (value is IEnumerable list and not string and not byte[])
            {
                var items = list.Cast<object?>().ToList();
                if (items.Count > MaxListLength)
                    throw new ArgumentException($"list parameter @{name} has {items.Count} items; at most {MaxListLength} are allowed", nameof(args));
                // An empty IN () is a syntax error everywhere; NULL matches nothing, which is what an empty list means.
                var names = items.Count == 0 ? "NULL" : string.Join(", ", items.Select((_, i) => $"@{name}_{i}"));
                sql = ReplaceParameter(sql, name, "(" + names + ")");
                for (var i = 0; i < items.Count; i++)
                    parameters.Add($"{name}_{i}", items[i]);
            }
            else
            {
                parameters.Add(name, value);
            }
        }
        return (engine == WarehouseEngine.DuckDb ? ToDuckDbParameters(sql) : sql, parameters);
    }

    private static IEnumerable<(string Name, object? Value)> Arguments(object? args) => args switch
    {
        null => [],
        IEnumerable<KeyValuePair<string, object?>> pairs => pairs.Select(p => (p.Key, p.Value)),
        _ => args.GetType().GetProperties().Select(p => (p.Name, p.GetValue(args))),
    };

    private static string ReplaceParameter(string sql, string name, string replacement)
    {
        var result = new StringBuilder(sql.Length);
        Scan(sql, (i, isCode) =>
        {
            if (isCode && sql[i] == '@' && IsParameterAt(sql, i, name))
            {
                result.Append(replacement);
                return name.Length + 1;
            }
            result.Append(sql[i]);
            return 1;
        });
        return result.ToString();
    }

    /// <summary>
    /// DuckDB reads <c>@x</c> as abs(x) and would silently match every row; its parameters are <c>$x</c>. Only code is
    /// rewritten: string literals, quoted identifiers and comments keep their <c>@</c>.
    /// </summary>
    public static string ToDuckDbParameters(string sql)
    {
        var result = new StringBuilder(sql.Length);
        Scan(sql, (i, isCode) =>
        {
            result.Append(isCode && sql[i] == '@' && i + 1 < sql.Length && IsNameStart(sql[i + 1]) ? '$' : sql[i]);
            return 1;
        });
        return result.ToString();
    }

    /// <summary>True when the text, outside literals and comments, still holds an <c>@name</c> parameter.</summary>
    public static bool HasAtParameter(string sql)
    {
        var found = false;
        Scan(sql, (i, isCode) =>
        {
            found |= isCode && sql[i] == '@' && i + 1 < sql.Length && IsNameStart(sql[i + 1]);
            return 1;
        });
        return found;
    }

    private static bool IsParameterAt(string sql, int at, string name) =>
        string.CompareOrdinal(sql, at + 1, name, 0, name.Length) == 0
        && (at + 1 + name.Length >= sql.Length || !IsNameChar(sql[at + 1 + name.Length]));

    private static bool IsNameStart(char c) => char.IsLetter(c) || c == '_';
    private static bool IsNameChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    /// <summary>Walks the text, telling the visitor for each position whether it is code; the visitor says how far to move.</summary>
    private static void Scan(string sql, Func<int, bool, int> visit)
    {
        var i = 0;
        while (i < sql.Length)
        {
            var c = sql[i];
            var end = c switch
            {
                '\'' => ClosingQuote(sql, i, '\''),
                '"' => ClosingQuote(sql, i, '"'),
                '[' => ClosingQuote(sql, i, ']'),
                '-' when At(sql, i + 1) == '-' => LineEnd(sql, i),
                '/' when At(sql, i + 1) == '*' => BlockCommentEnd(sql, i),
                _ => -1,
            };
            if (end < 0)
            {
                i += visit(i, true);
                continue;
            }
            while (i < end)
                i += visit(i, false);
        }
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static int ClosingQuote(string sql, int start, char close)
    {
        var i = start + 1;
        while (i < sql.Length)
        {
            if (sql[i] == close)
            {
                // A doubled quote is an escaped quote inside the literal.
                if (At(sql, i + 1) == close && close != ']') { i += 2; continue; }
                return i + 1;
            }
            i++;
        }
        return sql.Length;
    }

    private static int LineEnd(string sql, int start)
    {
        var newline = sql.IndexOf('\n', start);
        return newline < 0 ? sql.Length : newline + 1;
    }

    private static int BlockCommentEnd(string sql, int start)
    {
        var close = sql.IndexOf("*/", start + 2, StringComparison.Ordinal);
        return close < 0 ? sql.Length : close + 2;
    }
}
