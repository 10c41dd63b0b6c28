using TrialWarehouse.Reports.Layout;

namespace TrialWarehouse.Reports.Sections;

/// <summary>Title, patient and assay facts, and the sequenced samples.</summary>
internal static class HeaderSection
{
    public static void Place(FlowLayout flow, TumorBoardReport report, ReportTheme theme)
    {
        flow.Add(new BeginTagOp(StructureTag.Paragraph));
        flow.Add(new TextOp(report.Institution.ToUpperInvariant(), theme.Institution, flow.Left, flow.Y));
        flow.Add(EndTagOp.Instance);
        flow.Advance(theme.Institution.LineHeight + 2);
        flow.Heading("Molecular Tumor Board Report", theme.Title, StructureTag.Heading1, keepWithNext: 0, spaceAfter: 6);

        var patient = report.Patient;
        var assays = Distinct(report.Samples.Select(s => s.Assay));
        var builds = Distinct(report.Samples.Select(s => s.GenomeBuild));
        var facts = new (string Label, string Value)[]
        {
            ("Patient (pseudonymous ID)", patient.PatientId),
            ("Hospital ID", patient.HospitalId ?? "not recorded"),
            ("Report date", ReportFormat.Date(report.ReportDate)),
            ("Sex", patient.Sex),
            ("Birth year", patient.BirthYear.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Tumor type", patient.TumorType),
            ("Diagnosis date", ReportFormat.Date(patient.DiagnosisDate)),
            ("Assay", assays),
            ("Genome build", builds),
            ("Knowledge base", report.KnowledgeBaseVersion ?? "none"),
        };
        flow.KeepTogether(block => FactGrid(block, facts, theme));

        flow.Heading("Samples", theme.Subheading, StructureTag.Heading2, keepWithNext: 30, spaceBefore: 4);
        if (report.Samples.Count == 0)
        {
            flow.Paragraph("No sample recorded.", theme.Body);
            return;
        }

        TableLayout.Place(
            flow,
            [new("Sample", 1.75), new("Specimen site", 1.2), new("Collected", 0.9), new("Tumor cellularity", 0.9, AlignRight: true), new("Assay", 1.1),
             new("Genome build", 0.8), new("TMB, MSI", 1.0)],
            [.. report.Samples.Select(s => new TableRow([
                s.SampleId, s.SpecimenSite, ReportFormat.Date(s.CollectionDate), ReportFormat.Percent(s.TumorCellularity / 100), s.Assay, s.GenomeBuild,
                Signatures(s)]))],
            theme.Table);
    }

    // "12.5 mut/Mb, MSI-H"; the missing mark when the pipeline reported neither.
    private static string Signatures(ReportSample s)
    {
        var parts = new List<string>(2);
        if (s.Tmb is { } tmb)
            parts.Add(tmb.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " mut/Mb");
        if (s.MsiStatus is { } msi)
            parts.Add(msi);
        return parts.Count == 0 ? ReportFormat.Missing : string.Join(", ", parts);
    }

    private static string Distinct(IEnumerable<string> values)
    {
        var distinct = values.Distinct(StringComparer.Ordinal).ToList();
        return distinct.Count == 0 ? ReportFormat.Missing : string.Join(", ", distinct);
    }

    // Three columns of label-over-value pairs, each pair one tagged paragraph.
    private static void FactGrid(FlowLayout block, (string Label, string Value)[] facts, ReportTheme theme)
    {
        const int columns = 3;
        var columnWidth = block.Width / columns;
        var top = block.Y;
        block.Add(new LineOp(new(block.Left, top), new(block.Left + block.Width, top), ReportTheme.Rule, 0.6));
        var y = top + 6;
        for (var row = 0; row * columns < facts.Length; row++)
        {
            var rowHeight = 0.0;
            for (var col = 0; col < columns && row * columns + col < facts.Length; col++)
            {
                var (label, value) = facts[row * columns + col];
                var x = block.Left + col * columnWidth;
                block.Add(new BeginTagOp(StructureTag.Paragraph));
                block.Add(new TextOp(label, theme.Label, x, y));
                var lineY = y + theme.Label.LineHeight;
                foreach (var line in block.Wrap(value, theme.BodyBold, columnWidth - 10))
                {
                    block.Add(new TextOp(line, theme.BodyBold, x, lineY));
                    lineY += theme.BodyBold.LineHeight;
                }

                block.Add(EndTagOp.Instance);
                rowHeight = Math.Max(rowHeight, lineY - y);
            }

            y += rowHeight + 5;
        }

        block.Add(new LineOp(new(block.Left, y), new(block.Left + block.Width, y), ReportTheme.Rule, 0.6));
        block.Advance(y - top + 4);
    }
}
