using TrialWarehouse.Export;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Server;

/// <summary><c>GET /export/maf[?tumorType=&amp;gene=]</c>: a cohort's mutations as a MAF, written as <c>vcf to-maf</c> writes one.</summary>
public static class MafExportEndpoint
{
    public static WebApplication MapMafExport(this WebApplication app)
    {
        app.MapGet("/export/maf", async (string? tumorType, string? gene, Warehouse.Warehouse warehouse, CancellationToken cancellationToken) =>
        {
            // The writer is synchronous and Kestrel refuses synchronous writes: the MAF is built in memory, then sent.
            var maf = new StringWriter();
            await WarehouseMaf.WriteAsync(new WarehouseReader(warehouse), new PatientFilter(tumorType, gene), maf, cancellationToken);
            return Results.Text(maf.ToString(), "text/tab-separated-values; charset=utf-8");
        }).RequireAuthorization(Auth.AuthServices.AnalysisPolicy);
        return app;
    }
}
