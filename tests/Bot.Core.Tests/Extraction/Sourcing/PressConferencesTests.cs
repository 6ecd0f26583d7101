using Bot.Core.Extraction.Sourcing;

namespace Bot.Core.Tests.Extraction.Sourcing;

public sealed class PressConferencesTests
{
    [Theory]
    [InlineData("a press conference", true)]
    [InlineData("a customary public interview", true)]
    [InlineData("Tuesday's hearing of the committee", true)]
    [InlineData("the rally", true)]
    [InlineData("a statement from the union", true)]
    [InlineData("the briefing, where the minister spoke", true)]
    [InlineData("people at the meeting", false)]
    [InlineData("a union spokeswoman", false)]
    [InlineData("the recordings", false)]
    public void IsOccasion_ReadsTheHeadNoun(string phrase, bool expected) =>
        Assert.Equal(expected, PressConferences.IsOccasion(phrase));

    [Theory]
    [InlineData("a statement from the union", "the union")]
    [InlineData("a press conference", null)]
    [InlineData("people from the meeting", null)]
    public void Owner_IsWhoHeldTheOccasion(string phrase, string? expected) =>
        Assert.Equal(expected, PressConferences.Owner(phrase));
}
