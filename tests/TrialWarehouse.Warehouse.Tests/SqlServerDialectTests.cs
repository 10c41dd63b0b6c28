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
            var (prepared, _) = SqlText.Prepare(sql, new { Keys = new long[] { 1, 2 }, TumorTypes = new[] { "BRCA", "IDC" } }, WarehouseEngine.SqlServer);
            AssertParses(name, prepared);
        }
    }

    [Fact]
    public void GeneratedStagingAndMerge_ParseAsTSql()
    {
        var engine = new SqlServerEngine("Server=localhost;Database=x");
        foreach (var (table, key) in new[] { (Loading.Tables.Patient, "patient_key"), (Loading.Tables.Sample, "sample_key"), (Loading.Tables.TumorType, "tumor_type") })
        {
            AssertParses("create staging " + table.Name, Loading.StagedMerge.CreateSql(engine, table with { Name = "stg_x" }));
            AssertParses("merge " + table.Name, Loading.StagedMerge.MergeSql(table, "stg_x", key));
        }
        AssertParses("collision check", Loading.StagedMerge.CollisionSql(Loading.Tables.Variant, "stg_x", "variant_key", ["chrom", "pos"]));
        AssertParses("insert missing", Loading.StagedMerge.InsertMissingSql(Loading.Tables.Variant, "stg_x", "variant_key"));
        AssertParses("create staged calls", Loading.StagedMerge.CreateSql(engine, Loading.Tables.StagedCall with { Name = "stg_x" }));
        AssertParses("staged genes", Loading.VariantStaging.InsertGenesSql("stg_x"));
        AssertParses("staged variants", Loading.VariantStaging.InsertVariantsSql("stg_x"));
        AssertParses("staged facts", Loading.VariantStaging.InsertFactsSql("stg_x"));
        AssertParses("insert missing regimen-drug pairs", Loading.StagedMerge.InsertMissingSql(Loading.Tables.RegimenDrug, "stg_x", "regimen_drug_key"));
    }

    [Fact]
    public void EngineSpecificStatements_ParseAsTSql()
    {
        var engine = new SqlServerEngine("Server=localhost;Database=x");
        AssertParses(nameof(engine.JournalTableSql), engine.JournalTableSql);
        AssertParses(nameof(engine.MigrationLockSql), engine.MigrationLockSql);
    }

    [Fact]
    public void EveryTableAndColumnNamedInAStatement_ExistsInTheSqlServerSchema()
    {
        var schema = new SchemaNames();
        foreach (var script in Migrator.Scripts("sqlserver"))
            Parse(script.Sql, schema);
        schema.Tables.Add("schema_version");
        schema.Columns.UnionWith(["version", "name", "applied_at"]);

        foreach (var (name, sql) in WarehouseStatements.All())
        {
            var used = new NamesUsed();
            var (prepared, _) = SqlText.Prepare(sql, new { Keys = new long[] { 1 }, TumorTypes = new[] { "BRCA" } }, WarehouseEngine.SqlServer);
            Parse(prepared, used);
            var unknownTables = used.Tables.Where(t => !schema.Tables.Contains(t)).ToList();
            var unknownColumns = used.Columns.Where(c => !schema.Columns.Contains(c) && !used.Aliases.Contains(c)).ToList();
            Assert.True(unknownTables.Count == 0 && unknownColumns.Count == 0,
                $"{name} names what the SQL Server schema lacks: tables [{string.Join(", ", unknownTables)}], columns [{string.Join(", ", unknownColumns)}]");
        }
    }

    [Fact]
    public void SchemaReferenceCheck_SeesTablesColumnsAndAliases()
    {
        var used = new NamesUsed();
        Parse("SELECT p.nope AS Renamed FROM dim_patient p JOIN no_table t ON t.x = p.patient_key", used);

        Assert.Equal(["dim_patient", "no_table"], used.Tables.Order());
        Assert.Equal(["nope", "patient_key", "x"], used.Columns.Order());
        Assert.Equal(["Renamed"], used.Aliases);
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

    private static void Parse(string sql, TSqlFragmentVisitor visitor)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out _).Accept(visitor);
    }

    /// <summary>Tables and columns the DDL creates.</summary>
    private sealed class SchemaNames : TSqlFragmentVisitor
    {
        public HashSet<string> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Columns { get; } = new(StringComparer.OrdinalIgnoreCase);

        public override void Visit(CreateTableStatement node)
        {
            Tables.Add(node.SchemaObjectName.BaseIdentifier.Value);
            Columns.UnionWith(node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));
        }

        public override void Visit(AlterTableAddTableElementStatement node) =>
            Columns.UnionWith(node.Definition.ColumnDefinitions.Select(c => c.ColumnIdentifier.Value));
    }

    /// <summary>Tables and columns a statement refers to, and the aliases it defines.</summary>
    private sealed class NamesUsed : TSqlFragmentVisitor
    {
        public HashSet<string> Tables { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Columns { get; } = new(StringComparer.OrdinalIgnoreCase);
        public HashSet<string> Aliases { get; } = new(StringComparer.OrdinalIgnoreCase);

        public override void Visit(NamedTableReference node) => Tables.Add(node.SchemaObject.BaseIdentifier.Value);

        public override void Visit(ColumnReferenceExpression node)
        {
            if (node.MultiPartIdentifier is { } id)
                Columns.Add(id.Identifiers[^1].Value);
        }

        public override void Visit(SelectScalarExpression node)
        {
            if (node.ColumnName?.Value is { } alias)
                Aliases.Add(alias);
        }
    }

    private static IList<ParseError> Parse(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        return errors;
    }
}
