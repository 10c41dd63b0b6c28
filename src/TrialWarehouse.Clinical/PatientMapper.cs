using System.Globalization;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical;

internal sealed class PatientMapper : RecordMapper<Patient>
{
    private const int FirstBirthYear = 1900;

    private static readonly Column PatientId = Column.Identifier("patient_id");
    private static readonly Column Sex = Column.OneOf("sex", ClinicalVocabulary.Sexes, "a sex code");
    private static readonly Column TumorType = new("tumor_type", Required: true, "an OncoTree code",
        "an upper-case letter then 1 to 15 upper-case letters, digits or _, e.g. BRCA, LUAD, COADREAD");
    private static readonly Column DiagnosisDate = Column.Date("diagnosis_date");
    private static readonly Column Site = Column.Text("site", required: false);
    private static readonly Column Arm = Column.Text("arm", required: false);

    private readonly Column birthYear;
    private readonly int thisYear;
    private readonly Dictionary<string, long> lineOfPatient = new(StringComparer.Ordinal);

    public PatientMapper(int thisYear)
    {
        this.thisYear = thisYear;
        birthYear = new Column("birth_year", Required: true, "a year",
            string.Create(CultureInfo.InvariantCulture, $"an integer between {FirstBirthYear} and {thisYear}"));
        Columns = [PatientId, Sex, birthYear, TumorType, DiagnosisDate, Site, Arm];
    }

    public override IReadOnlyList<Column> Columns { get; }

    public override Patient? Map(Record record)
    {
        var patientId = record.Identifier(PatientId);
        var sex = record.OneOf(Sex, ClinicalVocabulary.Sexes);
        var born = record.Integer(birthYear, FirstBirthYear, thisYear);
        var tumorType = record.OncoTreeCode(TumorType);
        var diagnosed = record.Date(DiagnosisDate);
        var site = record.Text(Site);
        var arm = record.Text(Arm);

        if (born > diagnosed?.Year)
        {
            record.Reject(birthYear, string.Create(CultureInfo.InvariantCulture,
                $"{born} is after the year of diagnosis ({diagnosed:yyyy-MM-dd}); expected a birth year no later than {diagnosed?.Year}"));
        }

        if (patientId is not null && !lineOfPatient.TryAdd(patientId, record.Line))
        {
            record.Reject(PatientId, string.Create(CultureInfo.InvariantCulture,
                $"{ValueText.Quote(patientId)} is on line {lineOfPatient[patientId]} and again on line {record.Line}; expected each patient_id once"));
        }

        if (record.IsRejected || patientId is null || sex is null || born is null || tumorType is null || diagnosed is null)
        {
            return null;
        }

        return new Patient(patientId, sex, born.Value, tumorType, diagnosed.Value, site, arm);
    }
}
