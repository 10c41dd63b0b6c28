using TrialWarehouse.Domain;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Export;

/// <summary>Everything the warehouse holds about the patients a filter selects, read page by page.</summary>
public sealed record Cohort(
    IReadOnlyList<PatientRow> Patients,
    IReadOnlyList<SampleRow> Samples,
    IReadOnlyList<MutationRow> Mutations,
    IReadOnlyList<CopyNumberRow> CopyNumbers,
    IReadOnlyList<TherapyLineRow> TherapyLines,
    IReadOnlyList<FollowUpRow> FollowUp,
    IReadOnlyList<FusionRow> Fusions)
{
    private const int Page = 500;

    public static async Task<Cohort> ReadAsync(WarehouseReader reader, PatientFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var patients = new List<PatientRow>();
        string? after = null;
        while (true)
        {
            var page = await reader.PatientsAsync(filter, after, Page, cancellationToken);
            patients.AddRange(page);
            if (page.Count < Page)
                break;
            after = page[^1].PatientId;
        }

        var patientKeys = patients.Select(p => p.PatientKey).ToArray();
        var samples = await reader.SamplesAsync(patientKeys, cancellationToken);
        var sampleKeys = samples.Select(s => s.SampleKey).ToArray();
        return new Cohort(patients, samples,
            await reader.MutationsAsync(sampleKeys, cancellationToken),
            await reader.CopyNumbersAsync(sampleKeys, cancellationToken),
            await reader.TherapyLinesAsync(patientKeys, cancellationToken),
            await reader.FollowUpAsync(patientKeys, cancellationToken),
            await reader.FusionsAsync(sampleKeys, cancellationToken));
    }

    /// <summary>The warehouse's mutations as the calls they were loaded from (sample id in place of the sample key).</summary>
    public IEnumerable<VariantCall> VariantCalls()
    {
        var sampleIds = Samples.ToDictionary(s => s.SampleKey, s => s.SampleId);
        return Mutations.Select(m => new VariantCall(sampleIds[m.SampleKey], m.GenomeBuild, m.Chrom, m.Pos, m.Ref, m.Alt, m.Gene, m.Consequence,
            m.TranscriptId, m.HgvsC, m.HgvsP, m.Vaf, m.Depth, m.AltCount, m.Filter, m.Exon));
    }
}
