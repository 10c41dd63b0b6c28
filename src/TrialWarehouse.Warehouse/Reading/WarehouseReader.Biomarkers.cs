using TrialWarehouse.Domain;

namespace TrialWarehouse.Warehouse.Reading;

public sealed record CtcCountRow(long PatientKey, DateOnly DrawDate, string Method, int Count, int? AtypicalCount, int? EmtCount, int? LineNumber)
{
    public CtcCount ToDomain(string patientId) => new(patientId, DrawDate, Method, Count, AtypicalCount, EmtCount, LineNumber);
}

public sealed record IhcScoreRow(long SampleKey, string Marker, string GeneSymbol, string Scoring, double Score, string AntibodyClone, string? IshResult)
{
    public IhcResult ToDomain(string sampleId) => new(sampleId, Marker, Scoring, Score, AntibodyClone, IshResult);
}

public sealed record ModelResponseRow(long SampleKey, string ModelId, string ModelKind, int? Passage, string Drug, double? Dose, string? DoseUnit,
    string Measure, double? MeasureValue, string? ValueUnit, string? ResponseClass)
{
    public ModelResponse ToDomain(string sampleId) =>
        new(ModelId, ModelKind, sampleId, Passage, Drug, Dose, DoseUnit, Measure, MeasureValue, ValueUnit, ResponseClass);
}

public sealed partial class WarehouseReader
{
    /// <summary>The CTC draws of these patients, by patient and date.</summary>
    public Task<IReadOnlyList<CtcCountRow>> CtcCountsAsync(IReadOnlyCollection<long> patientKeys, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<CtcCountRow>(CtcCountsSql, new { Keys = patientKeys }, cancellationToken);

    public Task<IReadOnlyList<IhcScoreRow>> IhcScoresAsync(IReadOnlyCollection<long> sampleKeys, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<IhcScoreRow>(IhcScoresSql, new { Keys = sampleKeys }, cancellationToken);

    public Task<IReadOnlyList<ModelResponseRow>> ModelResponsesAsync(IReadOnlyCollection<long> sampleKeys, CancellationToken cancellationToken = default) =>
        warehouse.QueryAsync<ModelResponseRow>(ModelResponsesSql, new { Keys = sampleKeys }, cancellationToken);

    private const string CtcCountsSql = """
        SELECT patient_key AS PatientKey, draw_date AS DrawDate, method AS Method, ctc_count AS Count, atypical_count AS AtypicalCount,
               emt_count AS EmtCount, line_number AS LineNumber
        FROM fact_ctc_count
        WHERE patient_key IN @Keys
        ORDER BY patient_key, draw_date, method
        """;

    private const string IhcScoresSql = """
        SELECT sample_key AS SampleKey, marker AS Marker, gene_symbol AS GeneSymbol, scoring AS Scoring, score AS Score,
               antibody_clone AS AntibodyClone, ish_result AS IshResult
        FROM fact_ihc_score
        WHERE sample_key IN @Keys
        ORDER BY sample_key, marker, scoring
        """;

    private const string ModelResponsesSql = """
        SELECT sample_key AS SampleKey, model_id AS ModelId, model_kind AS ModelKind, passage AS Passage, drug AS Drug, dose AS Dose,
               dose_unit AS DoseUnit, measure AS Measure, measure_value AS MeasureValue, value_unit AS ValueUnit, response_class AS ResponseClass
        FROM fact_model_response
        WHERE sample_key IN @Keys
        ORDER BY sample_key, model_id, drug, measure, dose
        """;

    // CtcKinetics (Domain) in SQL: patients with a matched line whose last CellSearch baseline draw (on or before the
    // start; within 30 days unless the sender assigned the draw to the line) is >= 5 and whose first CellSearch draw on
    // that line's treatment is < 5. A test compares the two.
    private const string CtcConversionOnMatchedLineSql = """
        SELECT t.patient_key FROM fact_therapy_line t
                WHERE t.matched = @Yes
                  AND (SELECT b.ctc_count FROM fact_ctc_count b
                       WHERE b.patient_key = t.patient_key AND b.method = 'CellSearch' AND b.draw_date <= t.start_date
                         AND (b.line_number = t.line_number OR (b.line_number IS NULL AND b.baseline_until >= t.start_date))
                       ORDER BY b.draw_date DESC OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY) >= 5
                  AND (SELECT o.ctc_count FROM fact_ctc_count o
                       WHERE o.patient_key = t.patient_key AND o.method = 'CellSearch' AND o.draw_date > t.start_date
                         AND (o.line_number = t.line_number
                              OR (o.line_number IS NULL AND (t.end_date IS NULL OR o.draw_date <= t.end_date)
                                  AND NOT EXISTS (SELECT 1 FROM fact_therapy_line n
                                                  WHERE n.patient_key = t.patient_key AND n.line_number > t.line_number
                                                    AND n.start_date <= o.draw_date)))
                       ORDER BY o.draw_date OFFSET 0 ROWS FETCH NEXT 1 ROWS ONLY) < 5
        """;

    private const string Nectin4HScoreSql = """
        SELECT s.patient_key FROM dim_sample s
                JOIN fact_ihc_score i ON i.sample_key = s.sample_key
                WHERE i.marker = 'NECTIN4' AND i.scoring = 'h_score' AND i.score >= @MinNectin4HScore
        """;
}
