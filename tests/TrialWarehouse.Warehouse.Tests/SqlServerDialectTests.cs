using Microsoft.SqlServer.TransactSql.ScriptDom;
using TrialWarehouse.Warehouse.Engines;

namespace TrialWarehouse.Warehouse.Tests;

/// <summary>No SQL Server runs here, so Microsoft's own T-SQL parser checks every statement it would receive.</summary>
public class SqlServerDialectTests
{
    public static TheoryData<string> Migrations =>
        new(Migrator.Scripts("sqlserver").Select(s => s.Name));

    [Theory]
    [MemberData(nameof(Migrations))]
    public void Migration_ParsesAsTSql(string name)
    {
        AssertParses(name, Migrator.Scripts("sqlserver").Single(s => s.Name == name).Sql);
    }

    [Fact]
    public void EveryWarehouseStatement_ParsesAsTSql()
    {
        var statements = WarehouseStatements.All().ToList();
        Assert.NotEmpty(statements);
        foreach (var (name, sql) in statements)
        {
            var (prepared, _) = SqlText.Prepare(sql, new { Keys = new long[] { 1, 2 } }, WarehouseEngine.SqlServer);
            AssertParses(name, prepared);
        }
    }

    [Fact]
    public void EngineSpecificStatements_ParseAsTSql()
    {
        var engine = new SqlServerEngine("Server=localhost;Database=x");
        AssertParses(nameof(engine.JournalTableSql), engine.JournalTableSql);
        AssertParses(nameof(engine.MigrationLockSql), engine.MigrationLockSql);
    }

    [Fact]
    public void Parser_RejectsPostgresOnlySyntax()
    {
        // Proves the check can fail: LIMIT is not T-SQL.
        var errors = Parse("SELECT patient_id FROM dim_patient LIMIT 5");
        Assert.NotEmpty(errors);
    }

    private static void AssertParses(string name, string sql)
    {
        var errors = Parse(sql);
        Assert.True(errors.Count == 0, $"{name}: " + string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}")));
    }

    private static IList<ParseError> Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors;
    }
}
