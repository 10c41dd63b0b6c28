using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>The server as a newcomer meets it: an empty embedded warehouse fills itself with the demo cohort through Hangfire.</summary>
[Collection(ServerFactory.Collection)]
public class ServerTests
{
    [Fact]
    public async Task FirstStart_IngestsTheDemoThroughHangfire_AndServesGraphQLReportsAndDashboards()
    {
        var data = TestEngines.TempDirectory();
        var measured = new System.Collections.Concurrent.ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == WarehouseMetrics.MeterName)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => measured.AddOrUpdate(instrument.Name, value, (_, sum) => sum + value));
        listener.Start();
        await using var factory = ServerFactory.Create(data, ("Demo:Patients", "5"));
        using var client = factory.Client(ServerFactory.ClinicianKey);

        var total = 0;
        var archive = Path.Combine(data, "archive", "demo-cohort");
        for (var attempt = 0; attempt < 480 && (total < 5 || Directory.Exists(Path.Combine(data, "inbox", "demo-cohort"))); attempt++)
        {
            await Task.Delay(500);
            var response = await client.PostAsJsonAsync("/graphql", new { query = "{ patients(first: 5) { totalCount edges { node { id samples { mutations { gene } } } } } }" });
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            total = json.RootElement.GetProperty("data").GetProperty("patients").GetProperty("totalCount").GetInt32();
        }

        Assert.Equal(5, total);
        var versions = "";
        for (var attempt = 0; attempt < 240 && !versions.Contains("version", StringComparison.Ordinal); attempt++)
        {
            await Task.Delay(500);
            var response = await client.PostAsJsonAsync("/graphql", new { query = "{ knowledgeBases { version } }" });
            versions = await response.Content.ReadAsStringAsync();
        }
        Assert.Contains("\"version\"", versions);
        var first = TestPseudonyms.Patient("PT0001");
        for (var attempt = 0; attempt < 240 && !File.Exists(Path.Combine(data, "reports", first + ".pdf")); attempt++)
            await Task.Delay(500);
        Assert.True(File.Exists(Path.Combine(data, "reports", first + ".pdf")), "the nightly chain renders the reports of the patients with new data");
        var pdf = await client.GetAsync($"/reports/{first}.pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/reports/{TestPseudonyms.Patient("PT9999")}.pdf")).StatusCode);
        // Hospital ids are refused in URLs: they would reach access logs.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/reports/PT0001.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/reports/..%2Fetc.pdf")).StatusCode);
        Assert.Contains("graphiql.min.js", await client.GetStringAsync("/graphql"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/graphiql/graphiql.min.js")).StatusCode);
        Assert.Equal("Healthy", await client.GetStringAsync("/health"));
        // Mounted, and closed to anyone but an admin (the test host has no remote address, so it is not a local browser).
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/hangfire")).StatusCode);
        using var admin = factory.Client(ServerFactory.AdminKey);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/hangfire")).StatusCode);
        Assert.True(Directory.Exists(archive));
        Assert.False(Directory.Exists(Path.Combine(data, "quarantine")), "the demo cohort must load without rejections");
        // What OpenTelemetry would export when configured.
        Assert.True(measured.GetValueOrDefault("trialwarehouse.jobs") >= 3, string.Join(", ", measured));
        Assert.True(measured.GetValueOrDefault("trialwarehouse.rows_loaded") > 0, string.Join(", ", measured));
        Assert.True(measured.GetValueOrDefault("trialwarehouse.report_renders") >= 6, string.Join(", ", measured));
    }
}
