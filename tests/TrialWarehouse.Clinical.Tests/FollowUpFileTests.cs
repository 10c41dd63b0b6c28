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

    [Fact]
    public void ReadFollowUp_RejectsAnEventAfterDeath_NamingItsLineAndTheDeath() =>
        Rejection.Single(() => Read(Examples.FollowUpHeader + "\nPT0001,2022-03-01,death,\nPT0001,2022-05-01,visit,1\n"),
            3, "event_date", "2022-05-01 (visit) is after the death of patient \"PT0001\" on 2022-03-01 (line 2)", "expected no follow-up after death");

    [Fact]
    public void ReadFollowUp_RejectsAnEventAfterDeath_WhenTheDeathComesLaterInTheFile() =>
        Rejection.Single(() => Read(Examples.FollowUpHeader + "\nPT0001,2022-05-01,last_contact,\nPT0001,2022-03-01,death,\n"),
            2, "event_date", "2022-05-01 (last_contact) is after the death of patient \"PT0001\" on 2022-03-01 (line 3)");

    [Fact]
    public void ReadFollowUp_RejectsASecondDeath_NamingTheFirst() =>
        Rejection.Single(() => Read(Examples.FollowUpHeader + "\nPT0001,2022-03-01,death,\nPT0001,2022-03-09,death,\n"),
            3, "kind", "a second death of patient \"PT0001\", who died on 2022-03-01 (line 2)", "expected one death row per patient");

    [Fact]
    public void ReadFollowUp_AllowsEventsOnTheDayOfDeathAndOtherPatientsEventsAfterIt() =>
        Assert.Equal(3, Read(Examples.FollowUpHeader + "\nPT0001,2022-03-01,visit,3\nPT0001,2022-03-01,death,\nPT0002,2022-06-01,visit,0\n").Count);
}
