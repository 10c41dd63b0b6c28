using System.Security.Cryptography;
using System.Text;

namespace TrialWarehouse.Warehouse;

/// <summary>
/// Surrogate keys computed from natural keys, so a loader needs no round trip per row to learn a key and every
/// engine assigns the same key to the same thing. 64 bits of SHA-256: a collision is checked where rows meet.
/// </summary>
public static class StableKey
{
    public static long Of(string kind, string naturalKey)
    {
        Span<byte> hash = stackalloc byte[32];
        var text = Encoding.UTF8.GetBytes(kind + "\u001f" + naturalKey);
        SHA256.HashData(text, hash);
        // Clear the sign bit: positive keys read better in SQL and sort the same everywhere.
        return (long)(BitConverter.ToUInt64(hash) & 0x7FFF_FFFF_FFFF_FFFFUL);
    }

    public static long Patient(string patientId) => Of("patient", patientId);
    public static long Sample(string sampleId) => Of("sample", sampleId);
    public static long Gene(string symbol) => Of("gene", symbol);
    public static long File(string contentHash) => Of("file", contentHash);
    public static long Drug(string name) => Of("drug", name);

    /// <summary>A regimen is its name with its drugs: the same name given with other drugs is another regimen.</summary>
    public static long Regimen(string name, string drugs) => Of("regimen", name + "\u001f" + drugs);

    public static long RegimenDrug(long regimenKey, long drugKey) =>
        Of("regimen-drug", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{regimenKey}:{drugKey}"));

    /// <summary>The key of a day in <c>dim_date</c>: YYYYMMDD.</summary>
    public static int? Date(DateOnly? date) => date is { } d ? (d.Year * 10000) + (d.Month * 100) + d.Day : null;

    /// <summary>The key of a RECIST 1.1 best response in <c>dim_response</c> (rows inserted by migration 009).</summary>
    public static int? Response(string? code) => code switch
    {
        null => null,
        "CR" => 1,
        "PR" => 2,
        "SD" => 3,
        "PD" => 4,
        "NE" => 5,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "a RECIST 1.1 response: CR, PR, SD, PD or NE"),
    };

    public static long Variant(string genomeBuild, string chrom, long position, string reference, string alternate) =>
        Of("variant", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{genomeBuild}:{chrom}:{position}:{reference}:{alternate}"));
}
