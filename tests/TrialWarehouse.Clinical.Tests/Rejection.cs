using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Tests;

internal static class Rejection
{
    public static IReadOnlyList<InputError> ErrorsOf(Func<object> read) =>
        Assert.Throws<InputRejectedException>(read).Errors;

    /// <summary>Asserts the file was rejected with exactly one error, at that line and field, whose message contains each fragment.</summary>
    public static InputError Single(Func<object> read, long line, string? field, params string[] fragments)
    {
        var errors = ErrorsOf(read);
        var error = Assert.Single(errors);
        Assert.Equal(line, error.Line);
        Assert.Equal(field, error.Field);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
        }

        return error;
    }
}
