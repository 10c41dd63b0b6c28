using TrialWarehouse.Domain;

namespace TrialWarehouse.Clinical.Tests;

public sealed class FollowUpFileTests : IDisposable
{
    private readonly TempDirectory files = new();

    public void Dispose() => files.Dispose();

    private IReadOnlyList<FollowUpEvent> Read(string text) => ClinicalFiles.ReadFollowUp(files.Write("follow_up.csv", text));

    private IReadOnlyList<FollowUpEvent> ReadRow(string row) => Read(Examples.FollowUpHeader + "\n" + row + "\n");

    [Fact]
    public void ReadFollowUp_ReadsTheFormatsExample() =>
        Assert.Equal(
            [
                new FollowUpEvent("PT0001", new DateOnly(2022, 1, 15), "visit", 1),
                new FollowUpEvent("PT0001", new DateOnly(2022, 9, 30), "last_contact", null),
            ],
            Read(Examples.FollowUp));

    [Theory]
    [InlineData("6", "out of range")]
    [InlineData("-1", "out of range")]
    [InlineData("1.5", "is not an ECOG performance status")]
    public void ReadFollowUp_RejectsEcogOutsideZeroToFive(string ecog, string fragment) =>
        Rejection.Single(() => ReadRow($"PT0001,2022-01-15,visit,{ecog}"), 2, "ecog", fragment, "between 0 and 5");

    [Fact]
    public void ReadFollowUp_RejectsKindOutsideVocabulary() =>
        Rejection.Single(() => ReadRow("PT0001,2022-01-15,phone call,"), 2, "kind", "one of visit, progression, death, last_contact");

    [Fact]
    public void ReadFollowUp_AllowsSeveralEventsOnTheSameDay() =>
        Assert.Equal(2, Read(Examples.FollowUpHeader + "\nPT0001,2022-01-15,visit,1\nPT0001,2022-01-15,progression,\n").Count);
}
