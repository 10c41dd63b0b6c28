using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TrialWarehouse.Warehouse.Tests;

/// <summary>
/// No SQL in src is built with values: a value goes into a statement as a parameter (<c>@Name</c>), never into its
/// text. Text may be assembled only from constants and identifiers (table metadata, column lists, staging table names
/// made from Guids, <c>SqlText</c> helpers). The scan reads every src/**/*.cs with Roslyn's parser and names file:line.
/// </summary>
public class SqlValueScanTests
{
    [Fact]
    public void Src_BuildsNoSqlTextWithValues()
    {
        var root = RepositoryRoot();
        var files = Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetRelativePath(root, f).Replace('\\', '/'), Code: File.ReadAllText(f)))
            .ToList();
        Assert.True(files.Count > 100, $"expected the sources under {root}/src");

        var violations = SqlValueScan.Scan(files, out var sqlStrings);

        Assert.True(sqlStrings > 20, $"only {sqlStrings} SQL strings found in src: the scan no longer recognises them");
        Assert.True(violations.Count == 0, "SQL built with values (pass them as @parameters):\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Scan_CatchesAValueInterpolatedIntoSql_NamingFileAndLine()
    {
        const string Code = """
            class Planted
            {
                string Find(string patientId) =>
                    $"SELECT * FROM dim_patient WHERE patient_id = '{patientId}'";
            }
            """;

        var violation = Assert.Single(SqlValueScan.Scan([("src/Planted.cs", Code)]));

        Assert.Equal("src/Planted.cs:4: patientId is put into SQL text; pass it as a parameter (@Name) instead", violation);
    }

    [Theory]
    [InlineData("string Sql(string tumorType) => \"SELECT patient_key FROM dim_patient WHERE tumor_type = '\" + tumorType + \"'\";", "tumorType")]
    [InlineData("string Sql(int limit) => string.Format(\"SELECT * FROM dim_patient LIMIT {0}\", limit);", "limit")]
    [InlineData("void Add(System.Text.StringBuilder sql, string gene) { sql.Append(\" AND gene = '\").Append(gene); }", "gene")]
    [InlineData("string Sql(string id) { var sql = \"DELETE FROM dim_sample\"; sql += \" WHERE sample_id = \" + id; return sql; }", "id")]
    [InlineData("string Sql(string[] ids) => $\"SELECT * FROM dim_sample WHERE sample_id IN ({string.Join(\", \", ids)})\";", "string.Join(\", \", ids)")]
    public void Scan_CatchesEveryWayOfJoiningAValue(string member, string value)
    {
        var violation = Assert.Single(SqlValueScan.Scan([("src/Planted.cs", "class Planted\n{\n    " + member + "\n}\n")]));

        Assert.Equal($"src/Planted.cs:3: {value} is put into SQL text; pass it as a parameter (@Name) instead", violation);
    }

    [Fact]
    public void Scan_AllowsConstantsTableMetadataAndIdentifiers()
    {
        const string Code = """
            class Allowed
            {
                private const string Columns = "patient_id, sex";
                private const string Where = " WHERE patient_id = @PatientId";
                string A() => "SELECT " + Columns + " FROM dim_patient" + Where;
                string B() => $"SELECT {Columns} FROM {Tables.Patient.Name} WHERE patient_key IN @Keys";
                string C(BulkTable dimension, string staging, string keyColumn) =>
                    $"INSERT INTO {dimension.Name} ({string.Join(", ", dimension.Columns.Select(c => c.Name))}) SELECT {string.Join(", ", dimension.Columns.Select(c => "s." + c.Name))} FROM {staging} s WHERE s.{keyColumn} > 0";
                string D(string sql) => SqlText.ExpandLists(sql, null) + " WHERE x = @X";
                string E(int id) => $"patient {id} is not known; deliver patients.csv first";
            }
            """;

        Assert.Empty(SqlValueScan.Scan([("src/Allowed.cs", Code)]));
    }

    /// <summary>The folder holding TrialWarehouse.sln, found upwards from the test's own folder.</summary>
    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "TrialWarehouse.sln")))
                return folder.FullName;
        }

        throw new InvalidOperationException($"no TrialWarehouse.sln above {AppContext.BaseDirectory}");
    }
}

/// <summary>
/// Finds SQL text built with values. A string built by interpolation, <c>+</c>, <c>string.Format</c>/<c>Concat</c>, a
/// StringBuilder or <c>+=</c> is SQL when its literal text holds an SQL keyword (upper case) or it goes into something
/// named <c>sql</c>; each value in it must then be a constant (a literal, <c>nameof</c>, a <c>const</c> of src), table
/// metadata (<c>Tables.*</c>, <c>.Name</c> and <c>.Columns</c> of a table or column), an identifier-holding name
/// (<see cref="IdentifierNames"/>: staging table names made from Guids, key and column names from constants), a
/// <c>SqlText</c> helper, or <c>string.Join</c>/<c>Select</c> over those. Anything else is reported.
/// </summary>
internal static partial class SqlValueScan
{
    /// <summary>
    /// Names that hold identifiers, not values, wherever SQL is assembled in src: the staging table names
    /// (<c>stg_..._{Guid}</c>), the table and key column a shared helper is given (from <c>Tables.*</c> or constants),
    /// column lists and identity columns (from string literals at the call sites) and the lambda parameter over them.
    /// </summary>
    private static readonly HashSet<string> IdentifierNames =
        ["staging", "table", "factTable", "dimension", "keyColumn", "columns", "column", "identity", "c"];

    /// <summary>Methods that give identifiers: the dialect's column type names.</summary>
    private static readonly HashSet<string> IdentifierMethods = ["TypeName"];

    [GeneratedRegex(@"\b(SELECT|INSERT\s+INTO|UPDATE|DELETE\s+FROM|MERGE\s+INTO|WHERE|VALUES|JOIN|CREATE\s+TABLE|DROP\s+TABLE|ALTER\s+TABLE|TRUNCATE)\b")]
    private static partial Regex SqlKeyword();

    public static IReadOnlyList<string> Scan(IReadOnlyList<(string Name, string Code)> files) => Scan(files, out _);

    /// <param name="sqlStrings">How many strings were recognised as SQL (so that a scan that finds none shows).</param>
    public static IReadOnlyList<string> Scan(IReadOnlyList<(string Name, string Code)> files, out int sqlStrings)
    {
        sqlStrings = 0;
        var trees = files.Select(f => (f.Name, Root: CSharpSyntaxTree.ParseText(f.Code, new CSharpParseOptions(LanguageVersion.Preview)).GetRoot())).ToList();
        var constants = trees.SelectMany(t => t.Root.DescendantNodes())
            .SelectMany(n => n switch
            {
                FieldDeclarationSyntax f when f.Modifiers.Any(SyntaxKind.ConstKeyword) => f.Declaration.Variables.Select(v => v.Identifier.Text),
                LocalDeclarationStatementSyntax l when l.IsConst => l.Declaration.Variables.Select(v => v.Identifier.Text),
                _ => [],
            })
            .ToHashSet(StringComparer.Ordinal);
        var violations = new List<string>();
        foreach (var (name, root) in trees)
        {
            // SqlText itself writes the placeholders of list parameters (@Keys_0, @Keys_1...): the one place that may.
            foreach (var node in root.DescendantNodes(n => n is not ClassDeclarationSyntax { Identifier.Text: "SqlText" }))
            {
                if (Candidate(node) is not { } parts)
                    continue;
                var (literals, values) = Flatten(parts);
                if (!SqlKeyword().IsMatch(string.Concat(literals)) && !GoesIntoSql(node))
                    continue;
                sqlStrings++;
                foreach (var value in values.Where(v => !IsAllowed(v, constants, [])))
                {
                    var line = value.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                    violations.Add($"{name}:{line}: {value} is put into SQL text; pass it as a parameter (@Name) instead");
                }
            }
        }

        return violations.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The parts of a string being built at this node, or null when it is none (or part of a larger one).</summary>
    private static IReadOnlyList<SyntaxNode>? Candidate(SyntaxNode node) => node switch
    {
        BinaryExpressionSyntax b when b.IsKind(SyntaxKind.AddExpression) && !IsAdd(Unparenthesized(b.Parent)) && HasStringLiteral(b) => [b],
        InterpolatedStringExpressionSyntax s when !IsAdd(Unparenthesized(s.Parent)) => [s],
        AssignmentExpressionSyntax a when a.IsKind(SyntaxKind.AddAssignmentExpression) => [a.Right],
        InvocationExpressionSyntax i when IsStringFormat(i) || IsSqlBuilderCall(i) => [.. i.ArgumentList.Arguments.Select(a => a.Expression)],
        _ => null,
    };

    private static SyntaxNode? Unparenthesized(SyntaxNode? node)
    {
        while (node is ParenthesizedExpressionSyntax p)
            node = p.Parent;
        return node;
    }

    private static bool IsAdd(SyntaxNode? node) => node is BinaryExpressionSyntax b && b.IsKind(SyntaxKind.AddExpression);

    private static bool HasStringLiteral(BinaryExpressionSyntax add) =>
        Operands(add).Any(o => o is InterpolatedStringExpressionSyntax || o.IsKind(SyntaxKind.StringLiteralExpression));

    private static IEnumerable<ExpressionSyntax> Operands(ExpressionSyntax expression)
    {
        var inner = expression is ParenthesizedExpressionSyntax p ? p.Expression : expression;
        if (inner is BinaryExpressionSyntax b && b.IsKind(SyntaxKind.AddExpression))
            return Operands(b.Left).Concat(Operands(b.Right));
        return [inner];
    }

    private static bool IsStringFormat(InvocationExpressionSyntax invocation) =>
        invocation.Expression.ToString() is "string.Format" or "String.Format" or "string.Concat" or "String.Concat";

    private static bool IsSqlBuilderCall(InvocationExpressionSyntax invocation) =>
        invocation.Expression is MemberAccessExpressionSyntax { Name.Identifier.Text: "Append" or "AppendLine" or "AppendFormat" or "Insert" } member
        && RootName(member.Expression)?.Contains("sql", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>True when the string goes into a variable, field, property or parameter named sql (or into a StringBuilder of that name).</summary>
    private static bool GoesIntoSql(SyntaxNode node)
    {
        if (node is InvocationExpressionSyntax invocation && IsSqlBuilderCall(invocation))
            return true;
        for (var parent = node.Parent; parent is not null and not StatementSyntax and not MemberDeclarationSyntax; parent = parent.Parent)
        {
            var target = parent switch
            {
                VariableDeclaratorSyntax v => v.Identifier.Text,
                AssignmentExpressionSyntax a => RootName(a.Left),
                ArgumentSyntax { NameColon: { } colon } => colon.Name.Identifier.Text,
                _ => null,
            };
            if (target is not null)
                return target.Contains("sql", StringComparison.OrdinalIgnoreCase);
        }

        return node.Parent?.Parent is PropertyDeclarationSyntax or MethodDeclarationSyntax or FieldDeclarationSyntax
               && (node.Ancestors().OfType<MemberDeclarationSyntax>().First() switch
               {
                   PropertyDeclarationSyntax p => p.Identifier.Text,
                   MethodDeclarationSyntax m => m.Identifier.Text,
                   _ => "",
               }).Contains("Sql", StringComparison.Ordinal);
    }

    private static string? RootName(ExpressionSyntax expression) => expression switch
    {
        IdentifierNameSyntax i => i.Identifier.Text,
        MemberAccessExpressionSyntax m => RootName(m.Expression) is { } root && root is not "this" ? root : m.Name.Identifier.Text,
        InvocationExpressionSyntax i => RootName(i.Expression),
        _ => null,
    };

    /// <summary>The literal text and the values of a string being built (nested interpolations and concatenations included).</summary>
    private static (List<string> Literals, List<ExpressionSyntax> Values) Flatten(IEnumerable<SyntaxNode> parts)
    {
        var literals = new List<string>();
        var values = new List<ExpressionSyntax>();
        foreach (var part in parts.OfType<ExpressionSyntax>().SelectMany(Operands))
        {
            switch (part)
            {
                case LiteralExpressionSyntax literal:
                    literals.Add(literal.Token.ValueText);
                    break;
                case InterpolatedStringExpressionSyntax interpolated:
                    foreach (var content in interpolated.Contents)
                    {
                        if (content is InterpolatedStringTextSyntax text)
                            literals.Add(text.TextToken.ValueText);
                        else if (content is InterpolationSyntax hole)
                            values.Add(hole.Expression);
                    }

                    break;
                default:
                    values.Add(part);
                    break;
            }
        }

        return (literals, values);
    }

    private static bool IsAllowed(ExpressionSyntax value, HashSet<string> constants, HashSet<string> lambdaParameters)
    {
        switch (value)
        {
            case LiteralExpressionSyntax:
                return true;
            case ParenthesizedExpressionSyntax p:
                return IsAllowed(p.Expression, constants, lambdaParameters);
            case ConditionalExpressionSyntax c:
                return IsAllowed(c.WhenTrue, constants, lambdaParameters) && IsAllowed(c.WhenFalse, constants, lambdaParameters);
            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.AddExpression):
                return Operands(b).All(o => IsAllowed(o, constants, lambdaParameters));
            case InterpolatedStringExpressionSyntax s:
                return s.Contents.OfType<InterpolationSyntax>().All(h => IsAllowed(h.Expression, constants, lambdaParameters));
            case IdentifierNameSyntax i:
                return constants.Contains(i.Identifier.Text) || IdentifierNames.Contains(i.Identifier.Text) || lambdaParameters.Contains(i.Identifier.Text);
            case MemberAccessExpressionSyntax m:
                // Tables.X..., a constant of another class, or the name or columns of table and column metadata.
                return RootName(m) == "Tables" || constants.Contains(m.Name.Identifier.Text)
                       || (m.Name.Identifier.Text is "Name" or "Columns" && IsAllowed(m.Expression, constants, lambdaParameters));
            case InvocationExpressionSyntax call:
                return IsAllowedCall(call, constants, lambdaParameters);
            default:
                return false;
        }
    }

    private static bool IsAllowedCall(InvocationExpressionSyntax call, HashSet<string> constants, HashSet<string> lambdaParameters)
    {
        var arguments = call.ArgumentList.Arguments.Select(a => a.Expression).ToList();
        switch (call.Expression)
        {
            case IdentifierNameSyntax { Identifier.Text: "nameof" }:
                return true;
            case MemberAccessExpressionSyntax m when RootName(m) is "SqlText" or "Tables" || IdentifierMethods.Contains(m.Name.Identifier.Text):
                return true;
            case MemberAccessExpressionSyntax { Name.Identifier.Text: "Where" or "ToList" or "ToArray" or "Distinct" or "Order" } m:
                // Filtering or ordering identifiers adds no value to them.
                return IsAllowed(m.Expression, constants, lambdaParameters);
            case MemberAccessExpressionSyntax m when m.ToString() is "string.Join" or "String.Join":
                return arguments.All(a => IsAllowed(a, constants, lambdaParameters));
            case MemberAccessExpressionSyntax { Name.Identifier.Text: "Select" } m when arguments is [LambdaExpressionSyntax lambda]:
                var parameters = lambda switch
                {
                    SimpleLambdaExpressionSyntax s => [s.Parameter.Identifier.Text],
                    ParenthesizedLambdaExpressionSyntax p => p.ParameterList.Parameters.Select(x => x.Identifier.Text),
                    _ => Enumerable.Empty<string>(),
                };
                return IsAllowed(m.Expression, constants, lambdaParameters)
                       && lambda.ExpressionBody is { } body && IsAllowed(body, constants, [.. lambdaParameters, .. parameters]);
            default:
                return false;
        }
    }
}
