namespace TrialWarehouse.Warehouse.Reading;

/// <summary>
/// A version of a patient's attributes from dim_patient_history (migration 011): vital status (<c>alive</c>,
/// <c>deceased</c>) and last contact derived from follow-up, valid from <see cref="ValidFrom"/> to
/// <see cref="ValidTo"/> (exclusive; null while current), in the warehouse's time (UTC).
/// </summary>
public sealed record PatientVersionRow(long PatientKey, int Version, string VitalStatus, DateOnly? LastContactDate, DateTime ValidFrom, DateTime? ValidTo);

// As-of reads: the patients as the warehouse described them at the end of a day (UTC).
public sealed partial class WarehouseReader
{
    // The version of each patient valid at the end of the day: opened before midnight and not closed by then.
    private const string AsOfPatients = """
        (SELECT patient_key, patient_id, sex, birth_year, tumor_type, diagnosis_date, site, arm
         FROM dim_patient_history WHERE valid_from < @AsOfEnd AND (valid_to IS NULL OR valid_to >= @AsOfEnd)) p
        """;

    private const string VersionColumns = """
        patient_key AS PatientKey, version AS Version, vital_status AS VitalStatus, last_contact_date AS LastContactDate,
        valid_from AS ValidFrom, valid_to AS ValidTo
        """;

    private const string AsOfVersionsSql = "SELECT " + VersionColumns + """
         FROM dim_patient_history
        WHERE patient_key IN @Keys AND valid_from < @AsOfEnd AND (valid_to IS NULL OR valid_to >= @AsOfEnd)
        """;

    private const string CurrentVersionsSql = "SELECT " + VersionColumns + " FROM dim_patient_history WHERE patient_key IN @Keys AND valid_to IS NULL";

    /// <summary>One patient as it was described at the end of <paramref name="asOf"/>; null when it was not known then.</summary>
    public Task<PatientRow?> PatientAsync(string patientId, DateOnly? asOf, CancellationToken cancellationToken = default) =>
        asOf is null
            ? PatientAsync(patientId, cancellationToken)
            : warehouse.QuerySingleOrDefaultAsync<PatientRow>(AsOf(PatientByIdSql, asOf), new { PatientId = patientId, AsOfEnd = AsOfEnd(asOf.Value) }, cancellationToken);

    /// <summary>The version of each patient valid at the end of <paramref name="asOf"/>, or the current one when null.</summary>
    public Task<IReadOnlyList<PatientVersionRow>> PatientVersionsAsync(IReadOnlyCollection<long> patientKeys, DateOnly? asOf,
        CancellationToken cancellationToken = default) =>
        asOf is null
            ? warehouse.QueryAsync<PatientVersionRow>(CurrentVersionsSql, new { Keys = patientKeys }, cancellationToken)
            : warehouse.QueryAsync<PatientVersionRow>(AsOfVersionsSql, new { Keys = patientKeys, AsOfEnd = AsOfEnd(asOf.Value) }, cancellationToken);

    /// <summary>The query on the patients valid at the end of the day instead of the current ones.</summary>
    private static string AsOf(string sql, DateOnly? asOf) =>
        asOf is null ? sql : sql.Replace(" dim_patient p", " " + AsOfPatients, StringComparison.Ordinal);

    // Midnight after the day, as the loader writes times: UTC wall clock, no zone.
    private static DateTime AsOfEnd(DateOnly asOf) => asOf.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
}
