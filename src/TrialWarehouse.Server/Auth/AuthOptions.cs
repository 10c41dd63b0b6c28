using Microsoft.Extensions.Options;
using TrialWarehouse.Api;

namespace TrialWarehouse.Server.Auth;

/// <summary>Settings under <c>Auth</c>: who may call the API and how much.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The accepted keys. Empty: every request but health and the GraphiQL page is refused (401).</summary>
    public List<ApiKeyOptions> ApiKeys { get; set; } = [];

    /// <summary>Requests per minute per key; the next one is answered 429 with <c>Retry-After</c>.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>The largest body accepted by <c>POST /graphql</c>; larger ones are answered 413.</summary>
    public long MaxRequestBytes { get; set; } = 256 * 1024;
}

/// <summary>One API key: whose, with which role, and the hex SHA-256 of the key (the key itself is never stored).</summary>
public sealed class ApiKeyOptions
{
    public string Name { get; set; } = "";
    public string Role { get; set; } = "";
    public string KeySha256 { get; set; } = "";
}

/// <summary>Checks the settings at start, each error naming the setting and what would be right.</summary>
public sealed class AuthOptionsValidator : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var errors = new List<string>();
        if (options.RequestsPerMinute < 1)
            errors.Add($"{AuthOptions.Section}:RequestsPerMinute is {options.RequestsPerMinute}; it must be at least 1 (default 600)");
        if (options.MaxRequestBytes < 1024)
            errors.Add($"{AuthOptions.Section}:MaxRequestBytes is {options.MaxRequestBytes}; it must be at least 1024 (default 262144)");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var hashes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            var at = $"{AuthOptions.Section}:ApiKeys:{i}";
            if (string.IsNullOrWhiteSpace(key.Name))
                errors.Add($"{at}:Name is empty; give each key the name of its holder (it is what the audit records)");
            else if (!names.Add(key.Name))
                errors.Add($"{at}:Name '{key.Name}' is used by another key; names must be unique");
            if (!Roles.All.Contains(key.Role))
                errors.Add($"{at}:Role is '{key.Role}'; it must be one of {string.Join(", ", Roles.All)}");
            if (key.KeySha256.Length != 64 || !key.KeySha256.All(Uri.IsHexDigit))
                errors.Add($"{at}:KeySha256 must be the SHA-256 of the key as 64 hexadecimal characters " +
                           $"(printf %s \"$KEY\" | sha256sum), got {key.KeySha256.Length} characters");
            else if (!hashes.Add(key.KeySha256))
                errors.Add($"{at}:KeySha256 is the hash of another key too; each holder needs a key of their own");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
