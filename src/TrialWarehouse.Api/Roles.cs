using System.Security.Claims;

namespace TrialWarehouse.Api;

/// <summary>
/// Who may do what. A biostatistician queries pseudonymous data; a clinician also reads the identified tumor board
/// reports; an admin runs the jobs and the dashboard. A person who needs two roles holds two keys.
/// </summary>
public static class Roles
{
    public const string Biostatistician = "biostatistician";
    public const string Clinician = "clinician";
    public const string Admin = "admin";

    public static readonly IReadOnlyList<string> All = [Biostatistician, Clinician, Admin];

    /// <summary>The authentication type of a caller identified by an API key.</summary>
    public const string ApiKeyScheme = "ApiKey";

    /// <summary>
    /// The operator at the machine (<c>trialwarehouse query</c>, tests that run the schema in-process): whoever can
    /// open the warehouse directly can read all of it anyway, so they act as admin, audited under their OS user name.
    /// </summary>
    public static ClaimsPrincipal InProcessOperator() => Caller("in-process:" + Environment.UserName, Admin, "InProcess");

    public static ClaimsPrincipal Caller(string name, string role, string authenticationType) =>
        new(new ClaimsIdentity([new Claim(ClaimTypes.Name, name), new Claim(ClaimTypes.Role, role)],
            authenticationType, ClaimTypes.Name, ClaimTypes.Role));

    /// <summary>The caller's role, or <c>none</c> for an anonymous principal.</summary>
    public static string RoleOf(ClaimsPrincipal user) => user.FindFirst(ClaimTypes.Role)?.Value ?? "none";
}
