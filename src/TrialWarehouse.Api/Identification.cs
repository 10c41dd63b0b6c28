using GraphQL;

namespace TrialWarehouse.Api;

/// <summary>
/// Hospital ids are for the tumor board only: a clinician reads the id a patient or sample has in the hospital's
/// files; every other role, admin included, sees pseudonyms alone.
/// </summary>
public static class Identification
{
    public const string Note = " Clinician keys only; any other key gets a FORBIDDEN error.";

    public static void RequireClinician(IResolveFieldContext context)
    {
        if (context.User is not { } user || !user.IsInRole(Roles.Clinician))
            throw new ExecutionError($"`{context.FieldDefinition.Name}` is a hospital id: only a clinician key may read it; analyses use the pseudonymous `id`")
            {
                Code = "FORBIDDEN",
            };
    }
}
