using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using TrialWarehouse.Testing;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>
/// The server on a fresh embedded warehouse under <c>data</c>, with one API key per role. The keys are drawn per
/// test run, so none is committed; the server is given only their hashes, as in production.
/// </summary>
public static class ServerFactory
{
    /// <summary>
    /// The xunit collection of every test class that starts a server. Hangfire keeps its storage in a static
    /// (<c>JobStorage.Current</c>) and its log provider in another: two servers starting at once in one process could
    /// enqueue into each other's storage.
    /// </summary>
    public const string Collection = "server";

    public static readonly string BiostatisticianKey = NewKey();
    public static readonly string ClinicianKey = NewKey();
    public static readonly string AdminKey = NewKey();

    /// <summary>The settings that configure the three keys (names <c>bio</c>, <c>clinic</c>, <c>ops</c>).</summary>
    public static IEnumerable<KeyValuePair<string, string>> ApiKeySettings() =>
        new[] { ("bio", "biostatistician", BiostatisticianKey), ("clinic", "clinician", ClinicianKey), ("ops", "admin", AdminKey) }
            .SelectMany((k, i) => new[]
            {
                KeyValuePair.Create($"Auth:ApiKeys:{i}:Name", k.Item1),
                KeyValuePair.Create($"Auth:ApiKeys:{i}:Role", k.Item2),
                KeyValuePair.Create($"Auth:ApiKeys:{i}:KeySha256", Sha256(k.Item3)),
            });

    /// <summary>A server whose warehouse, inbox and reports live under <paramref name="data"/>; later settings win.</summary>
    public static WebApplicationFactory<Program> Create(string data, params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Warehouse", Path.Combine(data, "warehouse.duckdb"));
            b.UseSetting("Ingestion:Inbox", Path.Combine(data, "inbox"));
            b.UseSetting("Ingestion:Archive", Path.Combine(data, "archive"));
            b.UseSetting("Ingestion:Quarantine", Path.Combine(data, "quarantine"));
            b.UseSetting("Reports:Output", Path.Combine(data, "reports"));
            b.UseSetting("Pseudonymisation:Secret", TestPseudonyms.Secret);
            foreach (var (key, value) in ApiKeySettings())
                b.UseSetting(key, value);
            foreach (var (key, value) in settings)
                b.UseSetting(key, value);
        });

    /// <summary>A client that sends <paramref name="apiKey"/> in <c>X-Api-Key</c> (none when null).</summary>
    public static HttpClient Client(this WebApplicationFactory<Program> factory, string? apiKey)
    {
        var client = factory.CreateClient();
        if (apiKey is not null)
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
}
