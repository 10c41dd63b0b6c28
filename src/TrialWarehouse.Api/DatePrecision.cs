using System.Security.Claims;

namespace TrialWarehouse.Api;

/// <summary>
/// Calendar dates as each role may see them. An analysis needs intervals (PFS, OS, time to next line), which the API
/// computes from the exact dates; it does not need the day a patient was diagnosed or biopsied, which together with a
/// tumor type and a birth year can single a patient out. So biostatisticians see every date as the first day of its
/// month; clinicians and admins see the day.
/// </summary>
public static class DatePrecision
{
    public const string Note = " Biostatistician keys see the first day of its month (intervals are computed from the exact date).";

    public static DateOnly For(ClaimsPrincipal? user, DateOnly date) =>
        user is not null && Roles.RoleOf(user) == Roles.Biostatistician ? new DateOnly(date.Year, date.Month, 1) : date;

    public static DateOnly? For(ClaimsPrincipal? user, DateOnly? date) => date is { } d ? For(user, d) : null;
}
