namespace Bot.Core.Tests.Answering;

public sealed class CompleterTests
{
    [Theory]
    [InlineData("who", "person", "co", new[] { "Costa", "Coastline Research", "Ana Costa", "a council spokesperson" })]
    [InlineData("who", "person", "RES", new[] { "Coastline Research" })]
    [InlineData("timeline", "filter", "20", new[] { "2024", "2023" })]
    [InlineData("sources", "filter", "sur", new[] { "survey", "Coastline Research survey" })]
    [InlineData("sources", "filter", "coast", new[] { "Coastline Research survey" })]
    [InlineData("about", "", "a", new string[0])]
    public void Complete_MatchesPrefixOfNameOrAnyWordIgnoringCase(string command, string option, string typed, string[] expected)
    {
        var completer = SampleFacts.Completer();

        Assert.Equal(expected, completer.Complete(command, option, typed));
    }

    [Fact]
    public void Complete_EmptyTyped_GivesMostCitedFirstUpToLimit()
    {
        var completer = SampleFacts.Completer();

        var names = completer.Complete("who", "person", "", limit: 2);

        Assert.Equal(["Ana Costa", "Costa"], names);
    }
}
