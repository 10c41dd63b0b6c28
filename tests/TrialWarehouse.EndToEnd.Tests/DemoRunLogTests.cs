using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using TrialWarehouse.Clinical;
using TrialWarehouse.Testing;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// The logs of a whole demo run of the real server, as production runs it (JSON to the console, request logging on),
/// hold no patient, sample or model id of the input files: first start, ingestion, annotation, report rendering,
/// GraphQL requests of every role, a report download, refused requests. (A client that puts a hospital id in a URL
/// itself is refused, but its request line is logged as every request line is: ServerTests covers that refusal.)
/// </summary>
[Collection(ServerFactory.Collection)]
public class DemoRunLogTests
{
    [Fact]
    public async Task ALogLineOfAFullDemoRun_NamesNoHospitalId()
    {
        var work = TestEngines.TempDirectory();
        var port = FreePort();
        using var server = StartServer(work, port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        http.DefaultRequestHeaders.Add("X-Api-Key", ServerFactory.ClinicianKey);

        // The first start delivers the demo cohort, ingests, annotates and renders it through Hangfire.
        var reports = Path.Combine(work, "data", "reports");
        for (var attempt = 0; attempt < 480 && !(Directory.Exists(reports) && Directory.GetFiles(reports, "*.pdf").Length >= 60); attempt++)
        {
            Assert.False(server.HasExited, server.Log());
            await Task.Delay(500);
        }
        Assert.True(Directory.GetFiles(reports, "*.pdf").Length >= 60, "the demo run renders the 60 reports\n" + server.Log());
        var archive = Path.Combine(work, "data", "archive", "demo-cohort");
        var ids = ClinicalFiles.ReadPatients(Path.Combine(archive, "patients.csv")).Select(p => p.PatientId)
            .Concat(ClinicalFiles.ReadSamples(Path.Combine(archive, "samples.csv")).Select(s => s.SampleId))
            .Concat(ClinicalFiles.ReadModelResponses(Path.Combine(archive, "model_responses.csv")).Select(m => m.ModelId))
            .ToHashSet(StringComparer.Ordinal);
        var patient = ids.First(id => id.StartsWith("PT", StringComparison.Ordinal) && !id.Contains('-', StringComparison.Ordinal));

        var identified = await http.PostAsJsonAsync("/graphql", new { query = $$"""{ patientBySourceId(sourceId: "{{patient}}") { id sourceId samples { sourceId } } }""" });
        var answer = await identified.Content.ReadAsStringAsync();
        Assert.Contains(patient, answer, StringComparison.Ordinal);
        var pseudonym = JsonDocument.Parse(answer).RootElement.GetProperty("data").GetProperty("patientBySourceId").GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/reports/{pseudonym}.pdf")).StatusCode);
        using var analyst = new HttpClient { BaseAddress = http.BaseAddress };
        analyst.DefaultRequestHeaders.Add("X-Api-Key", ServerFactory.BiostatisticianKey);
        var forbidden = await analyst.PostAsJsonAsync("/graphql", new { query = $$"""{ patientBySourceId(sourceId: "{{patient}}") { id } }""" });
        Assert.Contains("FORBIDDEN", await forbidden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await analyst.PostAsJsonAsync("/graphql", new { query = "{ patients(first: 100) { edges { node { id samples { id mutations { gene } } } } } }" });
        await analyst.PostAsJsonAsync("/graphql", new { query = "{ patients(first: 100) { syntax error" });
        // The console logger writes from a queue: give it a moment before the process goes.
        await Task.Delay(TimeSpan.FromSeconds(2));
        server.Kill();

        var log = server.Log();
        var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length > 20, log);
        // Structured: one JSON object per line of standard output.
        Assert.All(server.Stdout().Split('\n', StringSplitOptions.RemoveEmptyEntries), line => JsonDocument.Parse(line).Dispose());
        Assert.Contains(lines, l => l.Contains("/reports/", StringComparison.Ordinal));
        var leaks = lines.Where(l => ids.Any(id => l.Contains(id, StringComparison.Ordinal))).Take(5).ToList();
        Assert.True(leaks.Count == 0, "log lines with a hospital id:\n" + string.Join('\n', leaks));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static ServerProcess StartServer(string work, int port) =>
        ServerProcess.Start(work, ["--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string>(ServerFactory.ApiKeySettings()
            .Select(k => KeyValuePair.Create(k.Key.Replace(":", "__", StringComparison.Ordinal), k.Value)))
        {
            ["Warehouse__Engine"] = "duckdb",
            ["Pseudonymisation__Secret"] = TestPseudonyms.Secret,
            ["Demo__Patients"] = "60",
            ["Ingestion__SettleCheckInterval"] = "00:00:01",
            // Everything the framework says about requests, at the level production would never go below.
            ["Logging__LogLevel__Default"] = "Information",
            ["Logging__LogLevel__Microsoft.AspNetCore"] = "Information",
        });
}
