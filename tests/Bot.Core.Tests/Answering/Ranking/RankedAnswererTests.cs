using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Articles;
using Bot.Core.Extraction;

namespace Bot.Core.Tests.Answering.Ranking;

/// <summary>The ranked answerer (lexical features; no sentence vectors) on a small article of our own.</summary>
public sealed class RankedAnswererTests
{
    private const string Article = """
        ---
        title: Council rejects flood wall contract
        outlet: The Riverside Courier
        published: 2026-03-12
        ---
        The Riverside city council on Tuesday rejected a contract to build a new flood wall along the Elm River.

        The wall would have cost $40 million and taken about 18 months to build, according to city engineers.

        Mayor Ana Okafor said she was disappointed by the vote and would bring a smaller plan to the council in May.

        Residents did not attend the hearing in large numbers, council staff said.

        A local contractor warned that the wall would block the view of the river.
        """;

    private static readonly Lazy<CommandRouter> Router = new(() =>
        TestRouter.Over(FactExtractor.Extract(ArticleLoader.Parse(Article, "courier.md")), new RankedQuestionAnswerer()));

    [Theory]
    [InlineData("did the council approve the flood wall contract?", "No")]
    [InlineData("did the council turn down the flood wall contract", "Yes")]
    [InlineData("did residents attend the hearing in large numbers", "No")]
    public void YesNo_StartsWithTheVerdictAndCitesTheDecidingSentence(string question, string verdict)
    {
        var answer = Router.Value.Ask(question);

        Assert.True(answer.Found, answer.Text);
        Assert.StartsWith(verdict + " — ", answer.Text, StringComparison.Ordinal);
        Assert.Single(answer.Citations);
        Assert.Contains(answer.Citations[0].Text, answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how much would the wall have cost", "$40 million")]
    [InlineData("how long would the wall take to build", "about 18 months")]
    public void TypedQuestion_PutsTheShortAnswerFirst(string question, string shortAnswer)
    {
        var answer = Router.Value.Ask(question);

        Assert.True(answer.Found, answer.Text);
        Assert.Contains(shortAnswer, answer.Text, StringComparison.Ordinal);
    }

    private const string Profile = """
        ---
        title: A mayor's second term
        outlet: The Riverside Courier
        published: 2026-03-12
        ---
        Ana Okafor won a second term as mayor of Riverside on Tuesday.

        Ana Okafor thanked volunteers at a rally downtown, and Ana Okafor promised a new flood wall.

        Supporters of Ana Okafor cheered as the results came in from the river wards.

        "We are not done yet," Ms. Okafor, 52, told the crowd before midnight.
        """;

    private static readonly Lazy<CommandRouter> ProfileRouter = new(() =>
        TestRouter.Over(FactExtractor.Extract(ArticleLoader.Parse(Profile, "profile.md")), new RankedQuestionAnswerer()));

    [Fact]
    public void AgeQuestion_FindsTheAgeBesideTheName_AmongManySentencesNamingThePerson()
    {
        var answer = ProfileRouter.Value.Ask("how old is ana okafor");

        Assert.True(answer.Found, answer.Text);
        Assert.StartsWith("52 — ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void BroadcastTokensAndMentions_AreNeverEchoed()
    {
        var answer = Router.Value.Ask("@everyone <!channel> <@U024BE7LH> how much would the wall have cost");

        Assert.DoesNotContain("@everyone", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U024BE7LH>", answer.Text, StringComparison.Ordinal);
        Assert.Contains("$40 million", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("how much would Hollister's flood wall have cost")]
    [InlineData("when did the Hollister city council reject the flood wall contract")]
    [InlineData("how long would the Hollister flood wall have taken to build")]
    [InlineData("what did Mayor Hollister say about the vote")]
    public void AQuestionAboutSomeoneTheArticleNeverNames_IsRefused(string question)
    {
        var answer = Router.Value.Ask(question);

        Assert.False(answer.Found, answer.Text);
    }

    [Theory]
    [InlineData("when will the council reject the flood wall contract")]
    [InlineData("what did the council reject in August")]
    [InlineData("who was the contractor who warned about the view")]
    [InlineData("how many residents attended the hearing")]
    public void AQuestionTheBestSentenceContradicts_IsRefused(string question)
    {
        var answer = Router.Value.Ask(question);

        Assert.False(answer.Found, answer.Text);
    }

    [Fact]
    public void Refusal_NeverCitesTheSentenceItJudgedBest()
    {
        var answer = Router.Value.Ask("how many engineers work for the city");

        Assert.False(answer.Found, answer.Text);
        Assert.Empty(answer.Citations);
        Assert.DoesNotContain(answer.Items, i => i.Label != Answers.RelatedLabel && i.Citations.Count > 0);
    }
}
