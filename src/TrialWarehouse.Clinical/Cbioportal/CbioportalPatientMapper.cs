using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Cbioportal;

/// <summary>
/// data_clinical_patient.txt as a <see cref="Patient"/> (docs/formats.md, "cBioPortal study folders"). The tumor type
/// comes from the patient's ONCOTREE_CODE, else from the ONCOTREE_CODE of its samples in the study's sample file,
/// else from meta_study.txt's type_of_cancer when it is not "mixed".
/// </summary>
internal sealed class CbioportalPatientMapper : RecordMapper<Patient>
{
    private const int FirstBirthYear = 1900;

    private static readonly Column PatientId = Column.Identifier("PATIENT_ID");
    private static readonly Column DiagnosisDate = new("DIAGNOSIS_DATE", Required: true, "a date",
        "the date of diagnosis as YYYY-MM-DD: it anchors the timelines and DAYS_TO_COLLECTION, which count days from it (cBioPortal's day 0)");
    private static readonly Column Sex = new("SEX", Required: false, "a sex", "Female, Male or Unknown (or F, M, U)");
    private static readonly Column Age = new("AGE", Required: false, "an age", "the age at diagnosis in whole years, e.g. 58");
    private static readonly Column BirthYear = new("BIRTH_YEAR", Required: false, "a year", "the year of birth, e.g. 1961");
    private static readonly Column OncotreeCode = new("ONCOTREE_CODE", Required: false, "an OncoTree code", "an OncoTree code such as BRCA, LUAD or COADREAD");
    private static readonly Column Site = Column.Text("TRIAL_SITE", required: false);
    private static readonly Column Arm = Column.Text("TRIAL_ARM", required: false);

    private readonly int thisYear;
    private readonly IReadOnlyDictionary<string, string> sampleTumorTypes;
    private readonly string? studyTumorType;
    private readonly Dictionary<string, long> lineOfPatient = new(StringComparer.Ordinal);

    /// <param name="sampleTumorTypes">The one ONCOTREE_CODE of each patient's samples, by patient.</param>
    /// <param name="studyTumorType">type_of_cancer of meta_study.txt, upper-cased; null when "mixed" or absent.</param>
    public CbioportalPatientMapper(int thisYear, IReadOnlyDictionary<string, string> sampleTumorTypes, string? studyTumorType)
    {
        this.thisYear = thisYear;
        this.sampleTumorTypes = sampleTumorTypes;
        this.studyTumorType = studyTumorType;
    }

    public override IReadOnlyList<Column> Columns { get; } = [PatientId, DiagnosisDate, Sex, Age, BirthYear, OncotreeCode, Site, Arm];

    public override Patient? Map(Record record)
    {
        var patientId = record.Identifier(PatientId);
        var diagnosed = record.Date(DiagnosisDate);
        var sex = record.Cell(Sex)?.ToUpperInvariant() switch
        {
            null or "U" or "UNKNOWN" => "U",
            "F" or "FEMALE" => "F",
            "M" or "MALE" => "M",
            _ => Invalid(record, Sex),
        };
        var age = record.Integer(Age, 0, 150);
        var born = record.Integer(BirthYear, FirstBirthYear, thisYear) ?? (diagnosed?.Year - age);
        var tumorType = record.OncoTreeCode(OncotreeCode);

        if (patientId is not null && !lineOfPatient.TryAdd(patientId, record.Line))
        {
            record.Reject(PatientId, string.Create(CultureInfo.InvariantCulture,
                $"{ValueText.Quote(patientId)} is on line {lineOfPatient[patientId]} and again on line {record.Line}; expected each PATIENT_ID once"));
        }

        if (born is null && diagnosed is not null && !record.IsRejected)
        {
            record.Reject(Age, "is empty and so is BIRTH_YEAR; expected the age at diagnosis in whole years (or BIRTH_YEAR)");
        }
        else if (born is < FirstBirthYear || born > diagnosed?.Year)
        {
            record.Reject(Age, string.Create(CultureInfo.InvariantCulture,
                $"gives the birth year {born}; expected a birth year from {FirstBirthYear} to the year of diagnosis ({diagnosed:yyyy-MM-dd})"));
        }

        if (patientId is not null && tumorType is null && !record.IsRejected)
        {
            tumorType = sampleTumorTypes.GetValueOrDefault(patientId) ?? studyTumorType;
            if (tumorType is null)
            {
                record.Reject(OncotreeCode, $"no tumor type for patient {ValueText.Quote(patientId)}: its samples in data_clinical_sample.txt have no single ONCOTREE_CODE and meta_study.txt's type_of_cancer is mixed; give ONCOTREE_CODE here");
            }
        }

        if (record.IsRejected || patientId is null || sex is null || born is null || tumorType is null || diagnosed is null)
        {
            return null;
        }

        return new Patient(patientId, sex, born.Value, tumorType, diagnosed.Value, record.Text(Site), record.Text(Arm));
    }

    private static string? Invalid(Record record, Column column)
    {
        record.Reject(column, $"{ValueText.Quote(record.Cell(column)!)} is not {column.Noun}; expected {column.Expected}");
        return null;
    }
}
