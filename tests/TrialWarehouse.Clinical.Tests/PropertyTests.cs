using System.Text;
using CsCheck;
using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Tests;

public sealed class PropertyTests : IDisposable
{
    private const string IdentifierChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-";

    private static readonly string[] PatientColumns = Examples.PatientsHeader.Split(',');

    private static readonly Gen<string> Identifier = Gen.String[Gen.Char[IdentifierChars], 1, 64];

    private static readonly Gen<string> TumorType =
        Gen.Select(Gen.Char['A', 'Z'], Gen.String[Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"], 1, 15], (first, rest) => first + rest);

    // Text that needs quoting (commas, quotes, line breaks) and non-ASCII; never blank, which reads as missing.
    private static readonly Gen<string?> OptionalText =
        Gen.String[Gen.Char["abcXYZ 0,\"\n\r;éß€"], 1, 20].Where(s => !string.IsNullOrWhiteSpace(s)).Null();

    private static readonly Gen<Patient> Patient =
        Gen.Select(Identifier, Gen.OneOf("F", "M", "U"), Gen.Int[1900, 2026], TumorType, Gen.Int[0, 36_500], OptionalText, OptionalText,
            (id, sex, birthYear, tumorType, daysAfterBirthYear, site, arm) =>
                new Patient(id, sex, birthYear, tumorType, new DateOnly(birthYear, 1, 1).AddDays(daysAfterBirthYear), site, arm));

    private static readonly Gen<List<Patient>> Patients =
        Patient.List[0, 20].Select(list => list.DistinctBy(p => p.PatientId, StringComparer.Ordinal).ToList());

    private readonly TempDirectory files = new();

    public void Dispose() => files.Dispose();

    [Fact]
    public void ReadPatients_ReadsBackAnyValidPatientsWrittenAsCsv()
    {
        var gen = Gen.Select(Patients, Gen.Shuffle(Gen.Const(PatientColumns), PatientColumns.Length), Gen.OneOf("\n", "\r\n"));

        FixedSeeds.Check(gen, t =>
        {
            var (patients, columns, newline) = t;
            var path = files.Write($"patients-{Guid.NewGuid():N}.csv", ToCsv(patients, columns, newline));

            Assert.Equal(patients, ClinicalFiles.ReadPatients(path, FixedClock.MidYear2026));
        });
    }

    [Fact]
    public void AnyReader_OnRandomlyMutatedValidFile_ThrowsNothingButInputRejected()
    {
        (string Name, string Text, Func<string, object> Read)[] kinds =
        [
            ("patients", Examples.Patients + "\"PT0002\",M,1950,LUAD,2018-01-01,\"Hôpital \"\"Nord\"\", Lyon\",\n", p => ClinicalFiles.ReadPatients(p, FixedClock.MidYear2026)),
            ("samples", Examples.Samples, ClinicalFiles.ReadSamples),
            ("therapy_lines", Examples.TherapyLines, ClinicalFiles.ReadTherapyLines),
            ("follow_up", Examples.FollowUp, ClinicalFiles.ReadFollowUp),
        ];
        var mutation = Gen.Select(Gen.Int[0, 2], Gen.Int[0, int.MaxValue], Gen.Byte);
        var gen = Gen.Select(Gen.Int[0, kinds.Length - 1], mutation.Array[1, 8]);

        FixedSeeds.Check(gen, t =>
        {
            var (kindIndex, mutations) = t;
            var kind = kinds[kindIndex];
            var bytes = Mutate(Encoding.UTF8.GetBytes(kind.Text), mutations);
            var path = files.WriteBytes($"{kind.Name}-{Guid.NewGuid():N}.csv", bytes);
            try
            {
                kind.Read(path);
            }
            catch (InputRejectedException e)
            {
                Assert.NotEmpty(e.Errors);
                Assert.All(e.Errors, error => Assert.InRange(error.Line, 1, bytes.Count(b => b is (byte)'\n' or (byte)'\r') + 1));
            }
        }, count: 1000);
    }

    private static byte[] Mutate(byte[] bytes, (int Kind, int Position, byte Value)[] mutations)
    {
        var result = bytes.ToList();
        foreach (var (kind, position, value) in mutations)
        {
            var at = result.Count == 0 ? 0 : position % (result.Count + (kind == 1 ? 1 : 0));
            switch (kind)
            {
                case 0 when result.Count > 0: result[at] = value; break;
                case 1: result.Insert(at, value); break;
                case 2 when result.Count > 0: result.RemoveAt(at); break;
            }
        }

        return [.. result];
    }

    private static string ToCsv(IEnumerable<Patient> patients, string[] columns, string newline)
    {
        var csv = new StringBuilder().Append(string.Join(',', columns)).Append(newline);
        foreach (var p in patients)
        {
            var cells = columns.Select(column => column switch
            {
                "patient_id" => p.PatientId,
                "sex" => p.Sex,
                "birth_year" => p.BirthYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "tumor_type" => p.TumorType,
                "diagnosis_date" => p.DiagnosisDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                "site" => p.Site ?? "",
                "arm" => p.Arm ?? "",
                _ => throw new ArgumentOutOfRangeException(nameof(columns), column, null),
            });
            csv.Append(string.Join(',', cells.Select(Quote))).Append(newline);
        }

        return csv.ToString();
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
