namespace TrialWarehouse.Domain;

/// <summary>
/// One circulating-tumor-cell count of one blood draw (docs/formats.md, ctc*.csv). Counts are per 7.5 mL of blood, the
/// volume CellSearch reports on. <see cref="LineNumber"/> is the therapy line the sender assigned the draw to; null
/// means "derive it from the dates" (<see cref="CtcKinetics.LineOf"/>).
/// </summary>
public sealed record CtcCount(
    string PatientId,
    DateOnly DrawDate,
    string Method,
    int Count,
    int? AtypicalCount,
    int? EmtCount,
    int? LineNumber);

/// <summary>
/// One immunohistochemistry score of one marker on one sample (ihc*.csv). <see cref="Value"/> is on the scale of
/// <see cref="Scoring"/>: an H-score 0-300, a percentage of positive tumor cells 0-100, or an intensity 0-3 (0, 1+,
/// 2+, 3+). <see cref="IshResult"/> is the in-situ hybridisation result that settles HER2 2+.
/// </summary>
public sealed record IhcResult(
    string SampleId,
    string Marker,
    string Scoring,
    double Value,
    string AntibodyClone,
    string? IshResult)
{
    /// <summary>The value as pathologists write it: "2+", "H-score 210", "85%".</summary>
    public string ValueText => IhcVocabulary.Format(Scoring, Value);
}

/// <summary>
/// One drug response measured on one patient-derived model (model_responses*.csv): a PDX (xenograft) or a tumoroid
/// (organoid) grown from <see cref="SampleId"/>. A numeric measure (TGI_percent, IC50, AUC) fills <see cref="Value"/>;
/// mRECIST fills <see cref="ResponseClass"/>.
/// </summary>
public sealed record ModelResponse(
    string ModelId,
    string ModelKind,
    string SampleId,
    int? Passage,
    string Drug,
    double? Dose,
    string? DoseUnit,
    string Measure,
    double? Value,
    string? ValueUnit,
    string? ResponseClass)
{
    /// <summary>The response as one short text: "TGI 87%", "mPR", "IC50 0.42 uM", "AUC 0.31".</summary>
    public string ResultText => ModelVocabulary.Format(Measure, Value, ValueUnit, ResponseClass);
}

/// <summary>The vocabularies of ctc*.csv, kept here so the reader, the loader and the reports agree.</summary>
public static class CtcVocabulary
{
    /// <summary>The FDA-cleared CellSearch system; the only method the conversion threshold is defined on.</summary>
    public const string CellSearch = "CellSearch";

    public static readonly IReadOnlySet<string> Methods = new HashSet<string>(StringComparer.Ordinal)
    {
        CellSearch, "flow_cytometry", "microfluidic", "other",
    };
}

/// <summary>The markers and scoring systems of ihc*.csv.</summary>
public static class IhcVocabulary
{
    public const string HScore = "h_score";
    public const string Intensity = "intensity";
    public const string PercentPositive = "percent_positive";

    /// <summary>Marker as the pathology report names it, and the HGNC symbol of the gene that encodes it.</summary>
    public static readonly IReadOnlyDictionary<string, string> GeneOfMarker = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["HER2"] = "ERBB2",
        ["ER"] = "ESR1",
        ["PR"] = "PGR",
        ["NECTIN4"] = "NECTIN4",
        ["TROP2"] = "TACSTD2",
        ["PD-L1"] = "CD274",
        ["AR"] = "AR",
        ["Ki-67"] = "MKI67",
    };

    public static readonly IReadOnlySet<string> Markers = new SortedSet<string>(GeneOfMarker.Keys, StringComparer.Ordinal);

    public static readonly IReadOnlySet<string> ScoringSystems = new HashSet<string>(StringComparer.Ordinal) { HScore, Intensity, PercentPositive };

    /// <summary>Intensity scores as written, and the number each is stored as.</summary>
    public static readonly IReadOnlyDictionary<string, int> IntensityScores = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["0"] = 0, ["1+"] = 1, ["2+"] = 2, ["3+"] = 3,
    };

    public static readonly IReadOnlySet<string> IshResults = new HashSet<string>(StringComparer.Ordinal) { "positive", "negative", "equivocal" };

    /// <summary>
    /// HER2-low (DESTINY-Breast04): IHC 1+, or IHC 2+ with a negative ISH. A 2+ without an ISH result is not
    /// classified, so it is not HER2-low.
    /// </summary>
    public static bool IsHer2Low(IhcResult result) =>
        result is { Marker: "HER2", Scoring: Intensity }
        && (result.Value == 1 || (result.Value == 2 && result.IshResult == "negative"));

    /// <summary>HER2-positive (ASCO/CAP 2018): IHC 3+, or IHC 2+ with a positive ISH.</summary>
    public static bool IsHer2Positive(IhcResult result) =>
        result is { Marker: "HER2", Scoring: Intensity }
        && (result.Value == 3 || (result.Value == 2 && result.IshResult == "positive"));

    public static string Format(string scoring, double value) => scoring switch
    {
        Intensity => value == 0 ? "0" : FormattableString.Invariant($"{value:0}+"),
        HScore => FormattableString.Invariant($"H-score {value:0}"),
        _ => FormattableString.Invariant($"{value:0.#}%"),
    };
}

/// <summary>The model kinds, measures and units of model_responses*.csv.</summary>
public static class ModelVocabulary
{
    public const string Pdx = "PDX";
    public const string Tumoroid = "tumoroid";
    public const string TgiPercent = "TGI_percent";
    public const string Mrecist = "mRECIST";
    public const string Ic50 = "IC50";
    public const string Auc = "AUC";

    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal) { Pdx, Tumoroid };

    public static readonly IReadOnlySet<string> Measures = new HashSet<string>(StringComparer.Ordinal) { TgiPercent, Mrecist, Ic50, Auc };

    /// <summary>Modified RECIST for xenografts (Gao et al., Nat Med 2015), best to worst.</summary>
    public static readonly IReadOnlyList<string> MrecistClasses = ["mCR", "mPR", "mSD", "mPD"];

    public static readonly IReadOnlySet<string> DoseUnits = new HashSet<string>(StringComparer.Ordinal) { "mg/kg", "mg/kg/day", "uM", "nM" };

    public static readonly IReadOnlySet<string> ConcentrationUnits = new HashSet<string>(StringComparer.Ordinal) { "uM", "nM" };

    /// <summary>The model kinds a measure is defined for: growth inhibition and mRECIST in mice, IC50 and AUC in culture.</summary>
    public static string KindOf(string measure) => measure is TgiPercent or Mrecist ? Pdx : Tumoroid;

    public static string Format(string measure, double? value, string? unit, string? responseClass) => measure switch
    {
        Mrecist => responseClass ?? "?",
        TgiPercent => FormattableString.Invariant($"TGI {value:0.#}%"),
        Ic50 => FormattableString.Invariant($"IC50 {value:0.###} {unit}"),
        _ => FormattableString.Invariant($"AUC {value:0.##}"),
    };
}
