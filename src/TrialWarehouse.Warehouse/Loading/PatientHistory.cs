using TrialWarehouse.Warehouse.Engines;

namespace TrialWarehouse.Warehouse.Loading;

/// <summary>
/// The type-2 history of patient attributes (dim_patient_history, migration 011; db/README.md). After every load of
/// patients or follow-up and every withdrawal, the current attributes of each patient (dim_patient, and vital status
/// and last contact derived from fact_follow_up) are compared with its open version: a patient whose attributes
/// changed gets its open version closed and a new one opened, in the same transaction. Set-based, three statements
/// whatever the number of patients.
/// </summary>
internal static class PatientHistory
{
    /// <param name="patientKeys">
    /// The patients the load touched; null for all of them (a withdrawal). A load refreshes only its own patients: the
    /// work stays proportional to the file, and two workers loading other patients' files never update the same rows.
    /// </param>
    public static async Task RefreshAsync(WarehouseTransaction tx, long fileKey, DateTime now, IReadOnlyCollection<long>? patientKeys,
        CancellationToken cancellationToken)
    {
        var chunks = patientKeys is null ? [[0L]] : patientKeys.Distinct().Chunk(Engines.SqlText.MaxListLength).ToList();
        foreach (var keys in chunks)
        {
            var args = new { Now = DateTime.SpecifyKind(now, DateTimeKind.Unspecified), FileKey = fileKey, All = patientKeys is null ? 1 : 0, Keys = keys };
            await tx.ExecuteAsync(CloseChangedSql, args, cancellationToken);
            await tx.ExecuteAsync(OpenSql, args, cancellationToken);
        }
    }

    /// <summary>
    /// Before a patients file is withdrawn: each patient whose attributes it gave gets back those of its latest version
    /// that another patients file gave (the delivery this one replaced, or the one before). A patient only this file
    /// described keeps its row until nothing refers to it (then the withdrawal deletes it).
    /// </summary>
    public static async Task RestoreAsync(WarehouseTransaction tx, Engine engine, long fileKey, CancellationToken cancellationToken)
    {
        var rows = await tx.QueryAsync<PreviousVersion>(PreviousVersionSql, new { FileKey = fileKey }, cancellationToken);
        if (rows.Count == 0)
            return;
        await StagedMerge.MergeAsync(tx, engine, Tables.Patient, "patient_key", rows.Select(r => new object?[]
        {
            r.PatientKey, r.PatientId, r.Sex, r.BirthYear, r.TumorType, r.DiagnosisDate, r.Site, r.Arm, r.PatientsFileKey, StableKey.Date(r.DiagnosisDate),
        }), cancellationToken);
    }

    private sealed record PreviousVersion(long PatientKey, string PatientId, string Sex, int BirthYear, string TumorType, DateOnly DiagnosisDate,
        string? Site, string? Arm, long PatientsFileKey);

    // The attributes each patient has now.
    private const string Current = """
        SELECT p.patient_key, p.patient_id, p.sex, p.birth_year, p.tumor_type, p.diagnosis_date, p.site, p.arm,
               CASE WHEN EXISTS (SELECT 1 FROM fact_follow_up f WHERE f.patient_key = p.patient_key AND f.kind = 'death')
                    THEN 'deceased' ELSE 'alive' END AS vital_status,
               (SELECT MAX(f.event_date) FROM fact_follow_up f WHERE f.patient_key = p.patient_key) AS last_contact_date,
               p.file_key AS patients_file_key
        FROM dim_patient p
        """;

    // The open version of a patient that no longer exists, or whose attributes differ from the current ones, ends now.
    // (NULL-safe comparison spelled out: SQL Server 2019 has no IS NOT DISTINCT FROM.)
    private const string CloseChangedSql = "UPDATE dim_patient_history SET valid_to = @Now WHERE valid_to IS NULL AND (@All = 1 OR patient_key IN @Keys) AND NOT EXISTS (SELECT 1 FROM (" + Current + """
        ) c
        WHERE c.patient_key = dim_patient_history.patient_key AND c.patient_id = dim_patient_history.patient_id
          AND c.sex = dim_patient_history.sex AND c.birth_year = dim_patient_history.birth_year
          AND c.tumor_type = dim_patient_history.tumor_type AND c.diagnosis_date = dim_patient_history.diagnosis_date
          AND (c.site = dim_patient_history.site OR (c.site IS NULL AND dim_patient_history.site IS NULL))
          AND (c.arm = dim_patient_history.arm OR (c.arm IS NULL AND dim_patient_history.arm IS NULL))
          AND c.vital_status = dim_patient_history.vital_status
          AND (c.last_contact_date = dim_patient_history.last_contact_date
               OR (c.last_contact_date IS NULL AND dim_patient_history.last_contact_date IS NULL)))
        """;

    // Every patient without an open version (new, or just closed) gets one, numbered after its last.
    private const string OpenSql = """
        INSERT INTO dim_patient_history (patient_key, version, patient_id, sex, birth_year, tumor_type, diagnosis_date, site, arm,
                                         vital_status, last_contact_date, patients_file_key, valid_from, valid_to, file_key)
        SELECT c.patient_key, COALESCE((SELECT MAX(h.version) FROM dim_patient_history h WHERE h.patient_key = c.patient_key), 0) + 1,
               c.patient_id, c.sex, c.birth_year, c.tumor_type, c.diagnosis_date, c.site, c.arm, c.vital_status, c.last_contact_date,
               c.patients_file_key, @Now, NULL, @FileKey
        FROM (
        """ + Current + """
        ) c
        WHERE (@All = 1 OR c.patient_key IN @Keys)
          AND NOT EXISTS (SELECT 1 FROM dim_patient_history h WHERE h.patient_key = c.patient_key AND h.valid_to IS NULL)
        """;

    private const string PreviousVersionSql = """
        SELECT h.patient_key AS PatientKey, h.patient_id AS PatientId, h.sex AS Sex, h.birth_year AS BirthYear, h.tumor_type AS TumorType,
               h.diagnosis_date AS DiagnosisDate, h.site AS Site, h.arm AS Arm, h.patients_file_key AS PatientsFileKey
        FROM dim_patient_history h
        JOIN dim_patient p ON p.patient_key = h.patient_key
        WHERE p.file_key = @FileKey
          AND h.version = (SELECT MAX(h2.version) FROM dim_patient_history h2
                           WHERE h2.patient_key = h.patient_key AND h2.patients_file_key <> @FileKey)
        """;
}
