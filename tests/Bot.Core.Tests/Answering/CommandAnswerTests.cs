using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class CommandAnswerTests
{
    private readonly CommandRouter _answerer = SampleFacts.Answerer();

    private Answer Ask(string message) => _answerer.Ask(message);

    [Fact]
    public void Who_Person_ListsStatementsMarkingDirectQuotesAndSaysWhoTheyAre()
    {
        var answer = Ask("/who Ana Costa");

        Assert.True(answer.Found);
        Assert.Equal(AnswerKind.SaidBy, answer.Kind);
        Assert.Contains("Mayor", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Also written as Costa", answer.Text, StringComparison.Ordinal);
        Assert.Equal(["Direct quote", "Said"], answer.Items.Select(i => i.Label));
        Assert.Contains("“This plan will bring jobs to the harbour.”", answer.Items[0].Text, StringComparison.Ordinal);
        Assert.All(answer.Items, i => Assert.NotEmpty(i.Citations));
    }

    [Theory]
    [InlineData("/who costa")]
    [InlineData("/who Costa's")]
    [InlineData("/who Ana Kosta")]
    [InlineData("/who ANA COSTA")]
    public void Who_ToleratesCasePossessiveSurnameAndTypos(string message)
    {
        var answer = Ask(message);

        Assert.True(answer.Found);
        Assert.StartsWith("Ana Costa", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_TheSpokesperson_MatchesGenericSpeaker()
    {
        var answer = Ask("/who the council spokesperson");

        Assert.True(answer.Found);
        Assert.Contains(answer.Items, i => i.Text.Contains("the vote was close", StringComparison.Ordinal));
    }

    [Fact]
    public void WhoSaid_Phrase_NamesSpeakerAndCitesSentence()
    {
        var answer = Ask("/who said bring jobs to the harbour");

        Assert.Equal(AnswerKind.WhoSaid, answer.Kind);
        Assert.StartsWith("Ana Costa said it", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Citations, c => c.Paragraph == 2 && c.Sentence == 1);
    }

    [Fact]
    public void WhoSaid_PhraseNotInArticle_IsNotFound()
    {
        var answer = Ask("/who said the bridge will collapse tomorrow");

        Assert.False(answer.Found);
        Assert.StartsWith("The article doesn't say", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_ListsDatedEventsInOrderThenUnresolved()
    {
        var answer = Ask("/timeline");

        Assert.Equal(["2023", "2024-03-04", "2024-06", "unresolved"], answer.Items.Select(i => i.Label));
        var first = answer.Items[0].Details!;
        Assert.Equal("in 2023", first["written"]);
        Assert.Equal("stated in the article", first["status"]);
        Assert.Equal("inferred from the publication date", answer.Items[1].Details!["status"]);
        Assert.All(answer.Items, i => Assert.NotEmpty(i.Citations));
    }

    [Theory]
    [InlineData("/timeline 2023", new[] { "2023" })]
    [InlineData("/timeline costa", new[] { "2024-06" })]
    [InlineData("/timeline Daily Tide", new[] { "2024-03-04" })]
    public void Timeline_Filter_KeepsOnlyMatchingEvents(string message, string[] labels)
    {
        Assert.Equal(labels, Ask(message).Items.Select(i => i.Label));
    }

    [Fact]
    public void Timeline_FilterMatchingNothing_IsNotFound()
    {
        var answer = Ask("/timeline 1999");

        Assert.False(answer.Found);
        Assert.Empty(answer.Items);
    }

    [Fact]
    public void Sources_ListsNamedAndAnonymousWithClaims()
    {
        var answer = Ask("/sources");

        Assert.Equal(["Daily Tide", "a council spokesperson", "Coastline Research survey"], answer.Items.Select(i => i.Label));
        Assert.Contains("2 named, 1 anonymous", answer.Text, StringComparison.Ordinal);
        Assert.Contains("the vote was close", answer.Items[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/sources survey", "Coastline Research survey")]
    [InlineData("/sources spokesperson", "a council spokesperson")]
    [InlineData("/sources daily", "Daily Tide")]
    public void Sources_Filter_MatchesNameOrKind(string message, string label)
    {
        Assert.Equal([label], Ask(message).Items.Select(i => i.Label));
    }

    [Fact]
    public void About_GivesTitleDateReasoningCountsAndInconsistencies()
    {
        var answer = Ask("/about");

        Assert.Contains("Harbour Plan Draws Fire", answer.Text, StringComparison.Ordinal);
        Assert.Contains("2024-03-05", answer.Text, StringComparison.Ordinal);
        Assert.Contains("fell on a Monday", answer.Text, StringComparison.Ordinal);
        Assert.Contains("1 person", answer.Text, StringComparison.Ordinal);
        Assert.Contains("5 statements", answer.Text, StringComparison.Ordinal);
        Assert.Contains(answer.Items, i => i.Label == "Inconsistency" && i.Citations.Count == 1);
    }

    [Fact]
    public void Help_ListsEveryCommandWithItsExample()
    {
        var answer = Ask("/help");

        Assert.Equal(CommandCatalog.All.Select(c => "/" + c.Name), answer.Items.Select(i => i.Label));
        Assert.All(CommandCatalog.All, c => Assert.Contains(answer.Items, i => i.Text.Contains(c.Example, StringComparison.Ordinal)));
    }
}
