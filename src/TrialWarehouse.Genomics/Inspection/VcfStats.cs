using System.Text.Json;
using TrialWarehouse.Domain;
using TrialWarehouse.Genomics.Normalisation;
using TrialWarehouse.Genomics.Somatic;
using TrialWarehouse.Genomics.Vcf;

namespace TrialWarehouse.Genomics.Inspection;

/// <summary>
/// What <c>trialwarehouse vcf stats</c> reports of one file. <see cref="Records"/> counts data lines,
/// <see cref="BiallelicRecords"/> the records once multi-allelic ones are split (a record with ALT '.' counts once).
/// The counts mean something only when <see cref="Errors"/> is empty.
/// </summary>
public sealed record VcfStats(
    long Records,
    long BiallelicRecords,
    int Samples,
    string Caller,
    string? Version,
    IReadOnlyList<InputError> Errors,
    IReadOnlyList<InputError> Warnings)
{
    public bool IsValid => Errors.Count == 0;

    /// <summary>The counts as one JSON object: records, biallelicRecords, samples, caller, version, warnings.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("records", Records);
            json.WriteNumber("biallelicRecords", BiallelicRecords);
            json.WriteNumber("samples", Samples);
            json.WriteString("caller", Caller);
            json.WriteString("version", Version);
            json.WriteNumber("warnings", Warnings.Count);
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>The same counts as "name: value" lines, for people.</summary>
    public IEnumerable<string> Lines() =>
    [
        $"records: {Records}",
        $"biallelic records: {BiallelicRecords}",
        $"samples: {Samples}",
        $"caller: {Caller}",
        $"version: {Version}",
        $"warnings: {Warnings.Count}",
    ];

    /// <summary>
    /// Sends every record through the whole reader, as loading does: parsing and validation, splitting into
    /// biallelic records, and parsing of the CSQ/ANN/EFF annotation of every ALT allele.
    /// </summary>
    public static VcfStats Compute(string path, VcfReaderOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var reader = VcfReader.Open(path, options);
        var header = reader.Header;
        if (header is null)
        {
            return new VcfStats(0, 0, 0, CallerDetector.DisplayName(SomaticCaller.Generic), null, reader.Errors, reader.Warnings);
        }

        var annotations = AnnotationReader.FromHeader(header);
        long records = 0;
        long biallelic = 0;
        foreach (var record in reader.Records(cancellationToken))
        {
            records++;
            biallelic += RecordDecomposer.Split(record).Count;
            if (annotations is not null)
            {
                for (int alt = 0; alt < record.AltCount; alt++)
                {
                    _ = annotations.Read(record, alt);
                }
            }
        }

        return new VcfStats(records, biallelic, header.SampleNames.Count, CallerDetector.DisplayName(CallerDetector.Detect(header)),
            header.Version.ToString(), reader.Errors, reader.Warnings);
    }
}
