using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering;

public sealed class QuestionAnswerTests
{
    private readonly CommandRouter _answerer = SampleFacts.Answerer();

    private Answer Ask(string question) => _answerer.Answer(BotRequest.Question(question));

    [Fact]
    public void When_AnswersWithResolvedDateHowItWasFoundAndCitation()
    {
        var answer = Ask("When did the council approve the harbour plan?");

        Assert.Equal(AnswerKind.When, answer.Kind);
        Assert.StartsWith("2024-03-04 (“on Monday (March 4)”, inferred from the publication date)", answer.Text, StringComparison.Ordinal);
        Assert.Equal((1, 1), (answer.Citations[0].Paragraph, answer.Citations[0].Sentence));
        Assert.Contains(answer.Items, i => i.Details!["resolved"] == "2024-03-04");
    }

    [Fact]
    public void AttributedContent_IsStatedAsAccordingToTheSource()
    {
        var answer = Ask("How many residents back the plan?");

        Assert.Equal(AnswerKind.Quantity, answer.Kind);
        Assert.StartsWith("According to a survey by Coastline Research, 62% of residents back the plan.", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many people died from the storm?")]
    [InlineData("How many people were killed by the storm?")]
    public void Quantity_FunctionWordsAndEverydaySynonymsDoNotHideTheAnswer(string question)
    {
        var facts = Bot.Core.Extraction.FactExtractor.Extract(Bot.Core.Articles.ArticleLoader.Parse(
            "Storm Hits Coast\n\nThe storm has killed 12 people so far, officials said.\n\nRescue teams arrived on Tuesday.\n", "storm.txt"));
        var answer = TestRouter.Over(facts).Answer(BotRequest.Question(question));

        Assert.True(answer.Found, answer.Text);
        Assert.Contains(answer.Citations, c => c.Text.Contains("12 people", StringComparison.Ordinal));
    }

    [Fact]
    public void DirectQuote_IsQuotedWithItsSpeaker()
    {
        var answer = Ask("What did Costa say about jobs?");

        Assert.Equal(AnswerKind.SaidBy, answer.Kind);
        Assert.StartsWith("Ana Costa said: “This plan will bring jobs to the harbour.”", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WhoIs_UsesTheEntitysDescriptions()
    {
        var answer = Ask("Who is Ana Costa?");

        Assert.Equal(AnswerKind.WhoIs, answer.Kind);
        Assert.Contains("Mayor", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceOf_NamesTheSourceOfTheClaim()
    {
        var answer = Ask("What is the source of the claim that the vote was close?");

        Assert.Equal(AnswerKind.SourceOf, answer.Kind);
        Assert.Contains("a council spokesperson", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Unanswerable_SaysSoAndOffersRelatedSentenceLabelledAsRelated()
    {
        var answer = Ask("How much will the harbour work cost?");

        Assert.False(answer.Found);
        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.StartsWith("The article doesn't say", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Citations);
        var related = Assert.Single(answer.Items);
        Assert.Contains("not an answer", related.Label, StringComparison.Ordinal);
    }

    [Fact]
    public void Unanswerable_SharingOnlyACommonWord_OffersNoRelatedSentence()
    {
        var answer = Ask("What is the harbour's revenue?");

        Assert.False(answer.Found);
        Assert.Empty(answer.Items);
    }

    [Fact]
    public void WhenQuestion_WithNoDateNearTheAnswer_IsNotFound()
    {
        var answer = Ask("When did the spokesperson say the vote was close?");

        Assert.False(answer.Found);
    }
}
