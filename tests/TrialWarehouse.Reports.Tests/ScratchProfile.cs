using System.Diagnostics;
using PdfSharp.Pdf;
using TrialWarehouse.Reports.Layout;
using Xunit.Abstractions;

namespace TrialWarehouse.Reports.Tests;

public class ScratchProfile(ITestOutputHelper output)
{
    [Fact]
    public void Phases()
    {
        var report = SampleReports.FortyAlterationsSixLines();
        foreach (var n in new[] { 40, 80, 160, 320 })
        {
            var big = SampleReports.WithManyMutations(n);
            var layoutN = ReportRenderer.Layout(big);
            using var docN = new PdfDocument();
            docN.SetPdfA();
            docN.Options.NoCompression = true;
            var cn = Stopwatch.StartNew();
            PdfPainter.Paint(layoutN, docN, tagged: true);
            var paintMs = cn.Elapsed.TotalMilliseconds; cn.Restart();
            using var msN = new MemoryStream();
            docN.Save(msN, false);
            output.WriteLine($"n={n} pages={layoutN.Pages.Count} paint {paintMs:0.0} save {cn.Elapsed.TotalMilliseconds:0.0}");
        }
        var t = new Dictionary<string, List<double>>();
        void Add(string k, double v) { if (!t.TryGetValue(k, out var l)) t[k] = l = []; l.Add(v); }
        for (var i = 0; i < 25; i++)
        {
            {
                var layoutU = ReportRenderer.Layout(report);
                using var docU = new PdfDocument();
                docU.Options.NoCompression = true;
                var cu = Stopwatch.StartNew();
                PdfPainter.Paint(layoutU, docU, tagged: false);
                Add("paint-untagged", cu.Elapsed.TotalMilliseconds); cu.Restart();
                using var msU = new MemoryStream();
                docU.Save(msU, false);
                Add("save-untagged", cu.Elapsed.TotalMilliseconds);
            }
            var c = Stopwatch.StartNew();
            var layout = ReportRenderer.Layout(report);
            Add("layout", c.Elapsed.TotalMilliseconds); c.Restart();
            using var doc = new PdfDocument();
            doc.SetPdfA();
            doc.Options.NoCompression = true;
            doc.Options.CompressContentStreams = false;
            PdfPainter.Paint(layout, doc, tagged: true);
            Add("paint", c.Elapsed.TotalMilliseconds); c.Restart();
            using var ms = new MemoryStream();
            doc.Save(ms, false);
            Add("save", c.Elapsed.TotalMilliseconds); c.Restart();
            var raw = ms.ToArray();
            var compressed = CompleteFlateStreams.Compress(raw);
            Add("compress", c.Elapsed.TotalMilliseconds); c.Restart();
            var fast = CompleteFlateStreams.Compress(raw, System.IO.Compression.CompressionLevel.Fastest);
            Add("compress-fastest", c.Elapsed.TotalMilliseconds); c.Restart();
            ReproduciblePdf.Stabilize(compressed);
            Add("stabilize", c.Elapsed.TotalMilliseconds);
            if (i == 0) output.WriteLine($"raw {raw.Length} optimal {compressed.Length} fastest {fast.Length}");
        }
        foreach (var (k, v) in t) { v.Sort(); output.WriteLine($"{k}: median {v[v.Count / 2]:0.00} ms"); }
    }
}
