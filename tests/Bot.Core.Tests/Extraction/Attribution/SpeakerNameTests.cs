using Bot.Core.Extraction.Attribution;

namespace Bot.Core.Tests.Extraction.Attribution;

public sealed class SpeakerNameTests
{
    [Theory]
    [InlineData("A TikTok spokesperson", "a TikTok spokesperson")]
    [InlineData("An \"internal report\" seen by US journalists", "an internal report")]
    [InlineData("The survey conducted by the institute", "the survey")]
    [InlineData("Mr. Obama,", "Mr. Obama")]
    public void Clean_DropsQuotesRelativesAndCapitalOfDeterminer(string phrase, string expected) =>
        Assert.Equal(expected, SpeakerName.Clean(phrase));

    [Theory]
    [InlineData("US news website BuzzFeed", "US news website", "BuzzFeed")]
    [InlineData("British Foreign Secretary Truss", "British Foreign Secretary", "Truss")]
    [InlineData("Chinese Foreign Ministry spokesman Zhao Lijian", "Chinese Foreign Ministry spokesman", "Zhao Lijian")]
    [InlineData("President Barack Obama", "President", "Barack Obama")]
    public void Split_SeparatesDescriptorFromName(string phrase, string descriptor, string name) =>
        Assert.Equal((descriptor, name), SpeakerName.Split(phrase));

    [Theory]
    [InlineData("Bank of America")]
    [InlineData("a TikTok spokesperson")]
    [InlineData("Mr. Obama")]
    [InlineData("the Chinese government")]
    public void Split_LeavesNamesAndGenericPhrasesWhole(string phrase) => Assert.Null(SpeakerName.Split(phrase));

    [Theory]
    [InlineData("a TikTok spokesperson", true)]
    [InlineData("several TikTok employees", true)]
    [InlineData("the recordings", true)]
    [InlineData("Bloomberg", false)]
    [InlineData("The New York Times", false)]
    public void IsGeneric_TellsAnonymousFromNamed(string phrase, bool generic) => Assert.Equal(generic, SpeakerName.IsGeneric(phrase));
}
