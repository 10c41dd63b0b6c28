using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Genomics.Cbioportal;

/// <summary>
/// Reads cBioPortal's structural-variant file (<c>data_sv.txt</c>) as the fusions of each sample it names. Site1 is
/// the 5' partner and Site2 the 3' partner, as in the format's own example (TMPRSS2 then ERG). A row is a fusion when
/// both sites name genes and the genes differ; other rows (intragenic events, one-sided) are valid but not fusions, and
/// GERMLINE rows are not somatic calls: both are skipped. Column names are matched without regard to case.
/// All or nothing: an invalid file raises <see cref="InputRejectedException"/>.
/// </summary>
public static class CbioportalSv
{
    private const int MaxErrors = 100;
    private static readonly string[] Required = ["Sample_Id", "Site1_Hugo_Symbol", "Site2_Hugo_Symbol"];

    /// <param name="studyBuild">The build of meta_study.txt's reference_genome, for rows without NCBI_Build.</param>
    /// <param name="limits">The longest line read (a longer line, or invalid UTF-8, rejects the file).</param>
    public static IReadOnlyList<FusionProfile> Read(string path, string? studyBuild, InputLimits? limits = null)
    {
        string file = Path.GetFileName(path);
        var errors = new List<InputError>();
        var lines = CbioportalRows.Read(path, limits);
        var header = lines.Count == 0 ? [] : lines[0].TrimStart('\uFEFF').Split('\t');
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < header.Length; i++)
            columns.TryAdd(header[i], i);
        foreach (string required in Required.Where(r => !columns.ContainsKey(r)))
            errors.Add(new InputError(file, 1, required, "required column is missing from the header; expected Sample_Id, Site1_Hugo_Symbol (5' gene), Site2_Hugo_Symbol (3' gene), their _Chromosome and _Position"));
        if (errors.Count > 0)
            throw new InputRejectedException(errors);

        var profiles = new Dictionary<string, (string Build, long Line, List<FusionCall> Calls)>(StringComparer.Ordinal);
        var order = new List<string>();
        for (int i = 1; i < lines.Count && errors.Count < MaxErrors; i++)
        {
            long line = i + 1;
            if (CbioportalRows.Cells(file, lines, i, header.Length, errors) is not { } cells)
                continue;

            string? Cell(string name) => columns.TryGetValue(name, out int c) && cells[c] is not ("" or "NA") ? cells[c] : null;
            void Error(string column, string message) => errors.Add(new InputError(file, line, column, message));

            int before = errors.Count;
            string? sample = Cell("Sample_Id");
            if (sample is null || !CbioportalCna.IsIdentifier(sample))
                Error("Sample_Id", $"'{sample}' is not a sample id: 1 to 64 characters of A-Z a-z 0-9 _ - .");
            string status = Cell("SV_Status") ?? "SOMATIC";
            if (status is not ("SOMATIC" or "GERMLINE"))
                Error("SV_Status", $"'{status}' is not an SV status; expected SOMATIC or GERMLINE");
            string? build = Cell("NCBI_Build") switch
            {
                null => studyBuild,
                "GRCh38" or "38" or "hg38" => "GRCh38",
                "GRCh37" or "37" or "hg19" => "GRCh37",
                var other => Invalid("NCBI_Build", $"'{other}' is not a supported build; expected GRCh37 or GRCh38"),
            };
            if (build is null && Cell("NCBI_Build") is null)
                Error("NCBI_Build", "is not given and meta_study.txt has no reference_genome; expected GRCh37 or GRCh38 here, or reference_genome: hg19 or hg38 in meta_study.txt");
            if (errors.Count > before || sample is null || build is null)
                continue;

            if (!profiles.TryGetValue(sample, out var profile))
            {
                profile = (build, line, []);
                profiles[sample] = profile;
                order.Add(sample);
            }
            else if (profile.Build != build)
            {
                Error("NCBI_Build", $"{build}, but sample {sample} is on {profile.Build} on line {profile.Line}; one sample has one genome build");
                continue;
            }

            string? gene5 = Cell("Site1_Hugo_Symbol"), gene3 = Cell("Site2_Hugo_Symbol");
            if (status == "GERMLINE" || gene5 is null || gene3 is null || gene5 == gene3)
                continue;

            string? chrom5 = Site("Site1_Chromosome", gene5), chrom3 = Site("Site2_Chromosome", gene3);
            long? pos5 = Position("Site1_Position", gene5), pos3 = Position("Site2_Position", gene3);
            int? reads = Count("Tumor_Variant_Count") ?? Sum(Count("Tumor_Split_Read_Count"), Count("Tumor_Paired_End_Read_Count"));
            if (errors.Count == before)
                profile.Calls.Add(new FusionCall(sample, gene5, gene3, chrom5!, pos5!.Value, chrom3!, pos3!.Value, reads));

            string? Invalid(string column, string message)
            {
                Error(column, message);
                return null;
            }

            string? Site(string column, string gene) =>
                Cell(column) ?? Invalid(column, $"is empty; the warehouse keeps each fusion's breakpoints: expected the chromosome of the {gene} breakpoint");

            long? Position(string column, string gene)
            {
                string? text = Cell(column);
                if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value >= 1)
                    return value;
                Invalid(column, text is null ? $"is empty; the warehouse keeps each fusion's breakpoints: expected the position of the {gene} breakpoint"
                    : $"'{text}' is not a position; expected a whole number from 1");
                return null;
            }

            int? Count(string column)
            {
                string? text = Cell(column);
                if (text is null)
                    return null;
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value))
                    return value;
                Invalid(column, $"'{text}' is not a read count; expected a whole number from 0, or empty");
                return null;
            }
        }

        if (errors.Count > 0)
            throw new InputRejectedException([.. errors.Take(MaxErrors)]);
        return order.Select(s => new FusionProfile(s, profiles[s].Build, profiles[s].Calls)).ToList();
    }

    private static int? Sum(int? a, int? b) => a is null && b is null ? null : (a ?? 0) + (b ?? 0);
}
