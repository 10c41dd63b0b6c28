using PdfSharp.Drawing;
using PdfSharp.Pdf;
using TrialWarehouse.Reports.Layout;

namespace TrialWarehouse.Reports;

/// <summary>Renders a <see cref="TumorBoardReport"/> as a tagged PDF/A document on A4 pages.</summary>
public static class ReportRenderer
{
    public static void Render(TumorBoardReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Render(report));
    }

    public static byte[] Render(TumorBoardReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var document = CreateDocument(report);
        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        return ReproduciblePdf.Stabilize(CompleteFlateStreams.Compress(buffer.ToArray()));
    }

    /// <summary>The laid-out pages, before they become PDF; tests read placed texts and page breaks from it.</summary>
    internal static DocumentLayout Layout(TumorBoardReport report)
    {
        EmbeddedFontResolver.EnsureRegistered();
        var measure = XGraphics.CreateMeasureContext(PageGeometry.A4.Size, XGraphicsUnit.Point, XPageDirection.Downwards, null);
        return ReportComposer.Compose(report, new ReportTheme(), measure);
    }

    private static PdfDocument CreateDocument(TumorBoardReport report)
    {
        var layout = Layout(report);
        var document = new PdfDocument();
        document.SetPdfA();
        // PDFsharp's own Flate streams are left unterminated; CompleteFlateStreams compresses after saving.
        document.Options.NoCompression = true;
        document.Options.CompressContentStreams = false;
        var info = document.Info;
        info.Title = $"{ReportComposer.Title} – {report.Patient.PatientId}";
        info.Subject = $"Molecular tumor board report for patient {report.Patient.PatientId}, {report.Patient.TumorType}";
        info.Author = report.Institution;
        info.Creator = "TrialWarehouse";
        // A fixed creation date (the report date) makes the output reproducible byte for byte.
        info.CreationDate = report.ReportDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        PdfPainter.Paint(layout, document, tagged: true);
        return document;
    }
}
