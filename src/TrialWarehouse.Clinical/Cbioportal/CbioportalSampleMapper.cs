using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Cbioportal;

/// <summary>data_clinical_sample.txt as a <see cref="Sample"/>; the collection date is DAYS_TO_COLLECTION from the patient's anchor.</summary>
internal sealed class CbioportalSampleMapper(IReadOnlyDictionary<string, DateOnly> anchors, string? studyBuild) : RecordMapper<Sample>
{
    private static readonly Column PatientId = Column.Identifier("PATIENT_ID");
    private static readonly Column SampleId = Column.Identifier("SAMPLE_ID");
    private static readonly Column DaysToCollection = CbioportalFields.Days("DAYS_TO_COLLECTION", required: true);
    private static readonly Column SpecimenSite = Column.Text("SPECIMEN_SITE");
    private static readonly Column Assay = Column.Text("ASSAY");
    private static readonly Column TumorCellularity = new("TUMOR_CELLULARITY", Required: false, "a number", "a percentage between 0 and 100, e.g. 60");
    private static readonly Column Tmb = new("TMB_NONSYNONYMOUS", Required: false, "a number", "mutations per megabase between 0 and 1000, e.g. 4.2");
    private static readonly Column MsiStatus = Column.OneOf("MSI_STATUS", ClinicalVocabulary.MsiStatuses, "a microsatellite status", required: false);
    private static readonly Column GenomeBuild = Column.OneOf("GENOME_BUILD", ClinicalVocabulary.GenomeBuilds, "a genome build", required: false);

    private readonly Dictionary<string, long> lineOfSample = new(StringComparer.Ordinal);

    public override IReadOnlyList<Column> Columns { get; } =
        [PatientId, SampleId, DaysToCollection, SpecimenSite, Assay, TumorCellularity, Tmb, MsiStatus, GenomeBuild];

    public override Sample? Map(Record record)
    {
        var patientId = record.Identifier(PatientId);
        var sampleId = record.Identifier(SampleId);
        DateOnly? anchor = patientId is not null && anchors.TryGetValue(patientId, out var a) ? a : null;
        var collected = record.DaysFrom(DaysToCollection, anchor);
        var specimenSite = record.Text(SpecimenSite);
        var assay = record.Text(Assay);
        var cellularity = record.Number(TumorCellularity, 0, 100);
        var tmb = record.Number(Tmb, 0, 1000);
        var msi = record.OneOf(MsiStatus, ClinicalVocabulary.MsiStatuses);
        var build = record.OneOf(GenomeBuild, ClinicalVocabulary.GenomeBuilds) ?? (record.Cell(GenomeBuild) is null ? studyBuild : null);

        if (patientId is not null && anchor is null)
        {
            record.Reject(PatientId, $"patient {ValueText.Quote(patientId)} has no DIAGNOSIS_DATE in data_clinical_patient.txt of this folder; DAYS_TO_COLLECTION counts days from it: add the patient there");
        }

        if (build is null && record.Cell(GenomeBuild) is null)
        {
            record.Reject(GenomeBuild, "is not given and meta_study.txt has no reference_genome; expected GRCh37 or GRCh38 here, or reference_genome: hg19 or hg38 in meta_study.txt");
        }

        if (sampleId is not null && !lineOfSample.TryAdd(sampleId, record.Line))
        {
            record.Reject(SampleId, string.Create(CultureInfo.InvariantCulture,
                $"{ValueText.Quote(sampleId)} is on line {lineOfSample[sampleId]} and again on line {record.Line}; expected each SAMPLE_ID once"));
        }

        if (record.IsRejected || patientId is null || sampleId is null || collected is null || specimenSite is null || assay is null || build is null)
        {
            return null;
        }

        return new Sample(sampleId, patientId, collected.Value.Date, specimenSite, cellularity, assay, build, tmb, msi);
    }
}
