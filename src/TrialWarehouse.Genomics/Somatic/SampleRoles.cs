using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Somatic;

/// <summary>
/// Which sample column is the tumor, and which (if any) the matched normal; and the tumor's sample id, which is the
/// column name except for a column literally named TUMOR (Strelka2, VarScan2), which names no sample.
/// </summary>
internal sealed record SampleRoles(int Tumor, int? Normal, string TumorId)
{
    private const string TumorColumn = "TUMOR";

    public static SampleRoles? Resolve(VcfHeader header, string file, List<InputError> errors)
    {
        int? tumor = Find(header, "tumor_sample", TumorColumn, file, errors, out bool failed);
        if (failed)
        {
            return null;
        }

        if (tumor is null && header.SampleNames.Count == 1)
        {
            tumor = 0;
        }

        if (tumor is null)
        {
            string message = header.SampleNames.Count == 0
                ? "the file has no sample columns: a somatic VCF needs the tumor sample's FORMAT column"
                : $"cannot tell which sample column is the tumor ({string.Join(", ", header.SampleNames)}): add ##tumor_sample=<name> to the header (as Mutect2 writes it) or name the tumor column TUMOR";
            errors.Add(new InputError(file, header.ColumnLineNumber, "tumor_sample", message));
            return null;
        }

        int? normal = Find(header, "normal_sample", "NORMAL", file, errors, out failed);
        return failed ? null : new SampleRoles(tumor.Value, normal == tumor ? null : normal, TumorIdOf(header, tumor.Value, file));
    }

    /// <summary>
    /// Strelka2 and VarScan2 name their columns TUMOR and NORMAL whatever the sample, so the sample id comes from the
    /// file name then (<c>PT0001-T1.vcf.gz</c> is PT0001-T1), unless ##tumor_sample names the column.
    /// </summary>
    private static string TumorIdOf(VcfHeader header, int tumor, string file)
    {
        string column = header.SampleNames[tumor];
        if (column != TumorColumn || header.GetValue("tumor_sample") is not null)
        {
            return column;
        }

        string stem = file;
        foreach (string extension in new[] { ".gz", ".bgz", ".vcf" })
        {
            if (stem.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                stem = stem[..^extension.Length];
            }
        }

        return stem.Length > 0 ? stem : column;
    }

    private static int? Find(VcfHeader header, string metaKey, string columnName, string file, List<InputError> errors, out bool failed)
    {
        failed = false;
        var meta = header.GetLines(metaKey).FirstOrDefault();
        if (meta is not null)
        {
            int index = header.SampleIndex(meta.Value);
            if (index < 0)
            {
                errors.Add(new InputError(file, meta.LineNumber, metaKey, $"##{metaKey}={meta.Value} names no sample column (the columns are {string.Join(", ", header.SampleNames)}): correct the header line or the column name"));
                failed = true;
                return null;
            }

            return index;
        }

        int column = header.SampleIndex(columnName);
        return column >= 0 ? column : null;
    }
}
