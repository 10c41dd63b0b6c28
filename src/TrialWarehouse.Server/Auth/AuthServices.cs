using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using TrialWarehouse.Api;

namespace TrialWarehouse.Server.Auth;

/// <summary>Authentication by API key, role policies and the per-key rate limit.</summary>
public static class AuthServices
{
    /// <summary>Reading identified reports: clinicians only (admins run the system; they do not read patients' reports).</summary>
    public const string ReportsPolicy = "reports";

    /// <summary>Bulk exports of the cohort's data for analysis: biostatisticians and clinicians, not the operators.</summary>
    public const string AnalysisPolicy = "analysis";

    /// <summary>The Hangfire dashboard and other operations.</summary>
    public const string AdminPolicy = "admin";

    public static IServiceCollection AddApiKeyAuth(this IServiceCollection services)
    {
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddAuthentication(Roles.ApiKeyScheme)
            .AddScheme<Microsoft.AspNetCore.Authentication.AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(Roles.ApiKeyScheme, null);
        services.AddAuthorizationBuilder()
            // Every endpoint needs a valid key unless it says otherwise: endpoints added later are closed by default.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(Roles.All).Build())
            .AddPolicy(ReportsPolicy, p => p.RequireRole(Roles.Clinician))
            .AddPolicy(AnalysisPolicy, p => p.RequireRole(Roles.Biostatistician, Roles.Clinician))
            .AddPolicy(AdminPolicy, p => p.RequireRole(Roles.Admin));
        services.AddSingleton<HangfireDashboardAuthorization>();

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                // Anonymous requests (health probes, the GraphiQL page) are not limited: they read nothing.
                if (context.User.Identity is not { IsAuthenticated: true, Name: { } key })
                    return RateLimitPartition.GetNoLimiter("");
                var perMinute = context.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.RequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (rejected, cancellationToken) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);
                var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
                rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await rejected.HttpContext.Response.WriteAsJsonAsync(new
                {
                    errors = new[] { new { message = $"more than {Limit(rejected.HttpContext)} requests in a minute with this key; retry in {seconds} s" } },
                }, cancellationToken);
            };
        });
        return services;
    }

    private static int Limit(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptionsMonitor<AuthOptions>>().CurrentValue.RequestsPerMinute;
}
