using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using TrialWarehouse.Api;

namespace TrialWarehouse.Server.Auth;

/// <summary>
/// Identifies the caller by the <c>X-Api-Key</c> header: the SHA-256 of the key sent is compared, in constant time,
/// with the configured hashes. Keys are read from the current options, so a reloaded configuration rotates keys
/// without a restart.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger,
    UrlEncoder encoder, IOptionsMonitor<AuthOptions> auth)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Header = "X-Api-Key";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var sent) || sent.Count == 0 || string.IsNullOrEmpty(sent[0]))
            return Task.FromResult(AuthenticateResult.NoResult());
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(sent[0]!));
        ApiKeyOptions? match = null;
        foreach (var key in auth.CurrentValue.ApiKeys)
        {
            // No early exit: the time taken does not tell which configured key was nearest.
            if (CryptographicOperations.FixedTimeEquals(hash, Convert.FromHexString(key.KeySha256)))
                match = key;
        }
        if (match is null)
            return Task.FromResult(AuthenticateResult.Fail("unknown API key"));
        var principal = Roles.Caller(match.Name, match.Role, Roles.ApiKeyScheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, Roles.ApiKeyScheme)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = $"{Roles.ApiKeyScheme} header=\"{Header}\"";
        return WriteAsync(StatusCodes.Status401Unauthorized,
            Request.Headers.ContainsKey(Header)
                ? $"the {Header} header holds no key this server knows; ask the administrator for a valid key"
                : $"send your API key in the {Header} header");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        WriteAsync(StatusCodes.Status403Forbidden,
            $"the key '{Context.User.Identity?.Name}' has the role {Roles.RoleOf(Context.User)}, which may not use {Request.Path}");

    private Task WriteAsync(int status, string message)
    {
        Response.StatusCode = status;
        return Response.WriteAsJsonAsync(new { errors = new[] { new { message } } });
    }
}
