using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TrialWarehouse.Testing;
using TrialWarehouse.Warehouse.Audit;

namespace TrialWarehouse.EndToEnd.Tests;

/// <summary>Who may call what: API keys, roles, the audit trail, limits and probes, on a server with no demo data.</summary>
[Collection(ServerFactory.Collection)]
public class ServerSecurityTests
{
    private const string Query = "query Count($n: Int) { patients(first: $n) { totalCount } }";

    private static ServerFactoryScope Start(params (string Key, string Value)[] settings) =>
        new(ServerFactory.Create(TestEngines.TempDirectory(), [("Demo:SeedOnFirstStart", "false"), .. settings]));

    [Fact]
    public async Task GraphQL_Answers401_WithoutKeyOrWithUnknownKey()
    {
        await using var server = Start();
        using var anonymous = server.Factory.Client(null);
        using var stranger = server.Factory.Client("not-a-key-anyone-was-given");
        using var bio = server.Factory.Client(ServerFactory.BiostatisticianKey);

        var none = await anonymous.PostAsJsonAsync("/graphql", new { query = Query });
        var unknown = await stranger.PostAsJsonAsync("/graphql", new { query = Query });
        var known = await bio.PostAsJsonAsync("/graphql", new { query = Query, variables = new { n = 1 } });

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Contains("X-Api-Key", await none.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        Assert.Contains("\"totalCount\":0", await known.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reports_Answer403_ToBiostatisticianAndAdmin_AndAreOpenToClinicians()
    {
        await using var server = Start();
        using var bio = server.Factory.Client(ServerFactory.BiostatisticianKey);
        using var admin = server.Factory.Client(ServerFactory.AdminKey);
        using var clinician = server.Factory.Client(ServerFactory.ClinicianKey);
        using var anonymous = server.Factory.Client(null);

        Assert.Equal(HttpStatusCode.Forbidden, (await bio.GetAsync($"/reports/{TestPseudonyms.Patient("PT0001")}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/reports/{TestPseudonyms.Patient("PT0001")}.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/reports/{TestPseudonyms.Patient("PT0001")}.pdf")).StatusCode);
        // Past the role check, the id is validated: no such patient in the empty warehouse.
        Assert.Equal(HttpStatusCode.NotFound, (await clinician.GetAsync($"/reports/{TestPseudonyms.Patient("PT0001")}.pdf")).StatusCode);
    }

    [Fact]
    public async Task MafExport_IsForBiostatisticiansAndClinicians_AndIsAMaf()
    {
        await using var server = Start();
        using var bio = server.Factory.Client(ServerFactory.BiostatisticianKey);
        using var admin = server.Factory.Client(ServerFactory.AdminKey);
        using var anonymous = server.Factory.Client(null);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/export/maf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync("/export/maf")).StatusCode);
        var maf = await bio.GetAsync("/export/maf?tumorType=BRCA");
        Assert.Equal(HttpStatusCode.OK, maf.StatusCode);
        var lines = (await maf.Content.ReadAsStringAsync()).Split('\n');
        Assert.Equal("#version 2.4", lines[0]);
        Assert.StartsWith("Hugo_Symbol\tEntrez_Gene_Id\tCenter\tNCBI_Build", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task HangfireDashboard_IsRefused_WithoutAdminKey()
    {
        await using var server = Start();
        using var anonymous = server.Factory.Client(null);
        using var clinician = server.Factory.Client(ServerFactory.ClinicianKey);
        using var admin = server.Factory.Client(ServerFactory.AdminKey);

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/hangfire")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clinician.GetAsync("/hangfire")).StatusCode);
        var dashboard = await admin.GetAsync("/hangfire");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Hangfire", await dashboard.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryQuery_IsAudited_WithKeyRoleOperationAndVariablesHash()
    {
        await using var server = Start();
        using var bio = server.Factory.Client(ServerFactory.BiostatisticianKey);
        using var clinician = server.Factory.Client(ServerFactory.ClinicianKey);

        (await bio.PostAsJsonAsync("/graphql", new { query = Query, variables = new { n = 7 } })).EnsureSuccessStatusCode();
        (await clinician.PostAsJsonAsync("/graphql", new { query = Query, variables = new { n = 8 } })).EnsureSuccessStatusCode();
        (await bio.PostAsJsonAsync("/graphql", new { query = "{ nosuchfield }" })).EnsureSuccessStatusCode();

        var rows = await server.Factory.Services.GetRequiredService<QueryAuditLog>().RecentAsync(10);
        Assert.Equal(3, rows.Count);
        var first = Assert.Single(rows, r => r.KeyName == "bio" && r.Outcome == "ok");
        var second = Assert.Single(rows, r => r.KeyName == "clinic");
        var refused = Assert.Single(rows, r => r.Outcome == "refused");
        Assert.Equal(("biostatistician", "Count"), (first.Role, first.OperationName));
        Assert.Equal(("clinician", "ok"), (second.Role, second.Outcome));
        Assert.Equal(ServerFactory.Sha256(Query), first.QuerySha256);
        Assert.Matches("^[0-9a-f]{64}$", first.VariablesSha256);
        Assert.NotEqual(first.VariablesSha256, second.VariablesSha256);
        Assert.Null(refused.VariablesSha256);
        Assert.Equal("bio", refused.KeyName);
        Assert.All(rows, r => Assert.InRange(r.ExecutedAt, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1)));
    }

    [Fact]
    public async Task RateLimit_Answers429WithRetryAfter_PerKey()
    {
        await using var server = Start(("Auth:RequestsPerMinute", "3"));
        using var bio = server.Factory.Client(ServerFactory.BiostatisticianKey);
        using var clinician = server.Factory.Client(ServerFactory.ClinicianKey);

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 4; i++)
        {
            last = await bio.PostAsJsonAsync("/graphql", new { query = Query });
            statuses.Add(last.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.InRange(int.Parse(last!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(HttpStatusCode.OK, (await clinician.PostAsJsonAsync("/graphql", new { query = Query })).StatusCode);
        using var probe = server.Factory.Client(null);
        Assert.Equal("Healthy", await probe.GetStringAsync("/health/live"));
    }

    [Fact]
    public async Task OversizedBody_Answers413_WithOrWithoutContentLength()
    {
        await using var server = Start(("Auth:MaxRequestBytes", "2048"));
        using var bio = server.Factory.Client(ServerFactory.BiostatisticianKey);
        var padding = new string(' ', 4096);
        var body = JsonSerializer.Serialize(new { query = "{ patients(first: 1) { totalCount } }" + padding });

        var declared = await bio.PostAsync("/graphql", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var chunked = await bio.PostAsync("/graphql", new StreamContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body))));
        var small = await bio.PostAsJsonAsync("/graphql", new { query = "{ patients(first: 1) { totalCount } }" });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Contains("Auth:MaxRequestBytes", await declared.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, chunked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task HealthProbesAndGraphiQLPage_NeedNoKey()
    {
        await using var server = Start();
        using var anonymous = server.Factory.Client(null);

        Assert.Equal("Healthy", await anonymous.GetStringAsync("/health"));
        Assert.Equal("Healthy", await anonymous.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await anonymous.GetStringAsync("/health/ready"));
        Assert.Contains("X-Api-Key", await anonymous.GetStringAsync("/graphql"));
    }

    [Fact]
    public async Task Endpoints_RequireAKey_UnlessListedHereAsAnonymous()
    {
        await using var server = Start();
        using var _ = server.Factory.Client(null);
        var endpoints = server.Factory.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>().ToList();

        var anonymous = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            .Select(e => e.RoutePattern.RawText).Order().ToList();

        Assert.Contains(endpoints, e => e.RoutePattern.RawText == "/graphql");
        Assert.Equal(["/graphql", "/health", "/health/live", "/health/ready"], anonymous);
        Assert.NotNull(await server.Factory.Services.GetRequiredService<IAuthorizationPolicyProvider>().GetFallbackPolicyAsync());
    }

    [Fact]
    public void MissingReferenceFasta_StopsTheServer_NamingTheSetting()
    {
        var missing = Path.Combine(TestEngines.TempDirectory(), "GRCh38.fa");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Warehouse"] = Path.Combine(TestEngines.TempDirectory(), "warehouse.duckdb"),
            ["Ingestion:ReferenceFasta"] = missing,
        }).Build();

        // Program.cs prints this message and exits with 1.
        var failure = Assert.Throws<TrialWarehouse.Warehouse.WarehouseConfigurationException>(
            () => { TrialWarehouse.Server.WarehouseServices.AddTrialWarehouse(new ServiceCollection(), configuration); });

        Assert.Equal($"Ingestion:ReferenceFasta: reference FASTA {missing} does not exist", failure.Message);
    }

    [Fact]
    public async Task InvalidKeySettings_StopTheServer_NamingTheSetting()
    {
        await using var server = Start(("Auth:ApiKeys:1:KeySha256", "abc123"), ("Auth:ApiKeys:2:Role", "superuser"));

        var failure = Assert.ThrowsAny<Exception>(() => server.Factory.CreateClient());

        var message = failure.ToString();
        Assert.Contains("Auth:ApiKeys:1:KeySha256", message);
        Assert.Contains("Auth:ApiKeys:2:Role is 'superuser'", message);
    }

    [Fact]
    public void CommittedSettings_HoldNoApiKeys()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "TrialWarehouse.sln")))
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("repository root not found");
        foreach (var settings in Directory.GetFiles(Path.Combine(root, "src"), "appsettings*.json", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
            Assert.DoesNotContain("KeySha256", File.ReadAllText(settings));
    }

    /// <summary>Disposes the factory even when the server failed to start.</summary>
    [Fact]
    public async Task InDevelopment_WithoutASecret_OneIsGeneratedNextToTheWarehouse_AndReusedAtTheNextStart()
    {
        var data = TestEngines.TempDirectory();
        var secretFile = Path.Combine(data, "pseudonymisation.secret");
        string Fingerprint(ServerFactoryScope server) => server.Factory.Services.GetRequiredService<Warehouse.Privacy.Pseudonymiser>().Fingerprint;

        string first;
        await using (var server = new ServerFactoryScope(ServerFactory.Create(data, ("Demo:SeedOnFirstStart", "false"), ("Pseudonymisation:Secret", ""))))
        {
            Assert.Equal("Healthy", await server.Factory.Client(null).GetStringAsync("/health"));
            first = Fingerprint(server);
        }
        var secret = await File.ReadAllTextAsync(secretFile);
        await using (var again = new ServerFactoryScope(ServerFactory.Create(data, ("Demo:SeedOnFirstStart", "false"), ("Pseudonymisation:Secret", ""))))
        {
            Assert.Equal("Healthy", await again.Factory.Client(null).GetStringAsync("/health"));
            Assert.Equal(first, Fingerprint(again));
        }

        Assert.True(secret.Trim().Length >= 32);
        Assert.NotEqual(TestPseudonyms.Instance.Fingerprint, first);
        if (!OperatingSystem.IsWindows())
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(secretFile));
    }

    private sealed class ServerFactoryScope(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> factory) : IAsyncDisposable
    {
        public Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> Factory { get; } = factory;

        public async ValueTask DisposeAsync()
        {
            try
            {
                await Factory.DisposeAsync();
            }
            catch (InvalidOperationException)
            {
                // A server that never started has nothing to stop.
            }
        }
    }
}
