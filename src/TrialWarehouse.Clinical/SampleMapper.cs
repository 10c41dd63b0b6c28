using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical;

internal sealed class SampleMapper : RecordMapper<Sample>
{
    private static readonly Column SampleId = Column.Identifier("sample_id");
    private static readonly Column PatientId = Column.Identifier("patient_id");
    private static readonly Column CollectionDate = Column.Date("collection_date");
    private static readonly Column SpecimenSite = Column.Text("specimen_site");
    private static readonly Column TumorCellularity = new("tumor_cellularity", Required: false, "a number",
        "a percentage between 0 and 100, e.g. 60 or 62.5");
    private static readonly Column Assay = Column.Text("assay");
    private static readonly Column GenomeBuild = Column.OneOf("genome_build", ClinicalVocabulary.GenomeBuilds, "a genome build");
    private static readonly Column Tmb = new("tmb", Required: false, "a number", "mutations per megabase between 0 and 1000, e.g. 4.2");
    private static readonly Column MsiStatus = Column.OneOf("msi_status", ClinicalVocabulary.MsiStatuses, "a microsatellite status", required: false);

    private readonly Dictionary<string, long> lineOfSample = new(StringComparer.Ordinal);

    public override IReadOnlyList<Column> Columns { get; } =
        [SampleId, PatientId, CollectionDate, SpecimenSite, TumorCellularity, Assay, GenomeBuild, Tmb, MsiStatus];

    public override Sample? Map(Record record)
    {
        var sampleId = record.Identifier(SampleId);
        var patientId = record.Identifier(PatientId);
        var collected = record.Date(CollectionDate);
        var specimenSite = record.Text(SpecimenSite);
        var cellularity = record.Number(TumorCellularity, 0, 100);
        var assay = record.Text(Assay);
        var genomeBuild = record.OneOf(GenomeBuild, ClinicalVocabulary.GenomeBuilds);
        var tmb = record.Number(Tmb, 0, 1000);
        var msiStatus = record.OneOf(MsiStatus, ClinicalVocabulary.MsiStatuses);

        if (sampleId is not null && !lineOfSample.TryAdd(sampleId, record.Line))
        {
            record.Reject(SampleId, string.Create(CultureInfo.InvariantCulture,
                $"{ValueText.Quote(sampleId)} is on line {lineOfSample[sampleId]} and again on line {record.Line}; expected each sample_id once"));
        }

        if (record.IsRejected || sampleId is null || patientId is null || collected is null || specimenSite is null
            || assay is null || genomeBuild is null)
        {
            return null;
        }

        return new Sample(sampleId, patientId, collected.Value, specimenSite, cellularity, assay, genomeBuild, tmb, msiStatus);
    }
}
