using System.Reflection;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Engines;

namespace TrialWarehouse.Warehouse.Tests;

public class SqlTextTests
{
    [Fact]
    public void ToDuckDbParameters_RewritesCodeOnly()
    {
        const string sql = "SELECT '@literal', \"@ident\" FROM t -- @comment\nWHERE a = @a /* @b */ AND b = @b_2";

        var rewritten = SqlText.ToDuckDbParameters(sql);

        Assert.Equal("SELECT '@literal', \"@ident\" FROM t -- @comment\nWHERE a = $a /* @b */ AND b = $b_2", rewritten);
    }

    [Fact]
    public void ToDuckDbParameters_KeepsEscapedQuotesInsideLiterals()
    {
        Assert.Equal("SELECT 'it''s @x' WHERE y = $y", SqlText.ToDuckDbParameters("SELECT 'it''s @x' WHERE y = @y"));
    }

    [Fact]
    public void Prepare_ExpandsListsIntoOneParameterPerItem()
    {
        var (sql, parameters) = SqlText.Prepare("SELECT 1 WHERE k IN @Keys AND k <> @KeysX", new { Keys = new long[] { 5, 7 }, KeysX = 1 }, WarehouseEngine.Postgres);

        Assert.Equal("SELECT 1 WHERE k IN (@Keys_0, @Keys_1) AND k <> @KeysX", sql);
        Assert.Equal(new[] { "Keys_0", "Keys_1", "KeysX" }, parameters.ParameterNames.Order());
    }

    [Fact]
    public void Prepare_EmptyListMatchesNothing()
    {
        var (sql, _) = SqlText.Prepare("SELECT 1 WHERE k IN @Keys", new { Keys = Array.Empty<long>() }, WarehouseEngine.SqlServer);

        Assert.Equal("SELECT 1 WHERE k IN (NULL)", sql);
    }

    [Fact]
    public void Prepare_ForDuckDb_LeavesNoAtParameterInAnyStatementOfTheWarehouse()
    {
        foreach (var (name, sql) in WarehouseStatements.All())
        {
            var (prepared, _) = SqlText.Prepare(sql, null, WarehouseEngine.DuckDb);
            Assert.False(SqlText.HasAtParameter(prepared), $"{name} still has an @ parameter for DuckDB");
        }
    }
}

/// <summary>Every SQL statement the warehouse code holds: the const strings whose names end in "Sql".</summary>
internal static class WarehouseStatements
{
    public static IEnumerable<(string Name, string Sql)> All() =>
        typeof(Warehouse).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name.EndsWith("Sql", StringComparison.Ordinal))
                .Select(f => ($"{t.Name}.{f.Name}", (string)f.GetRawConstantValue()!)));
}
