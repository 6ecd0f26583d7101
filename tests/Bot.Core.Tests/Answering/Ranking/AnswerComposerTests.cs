using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Answering.Typing;
using Bot.Core.Articles;
using Bot.Core.Extraction;

namespace Bot.Core.Tests.Answering.Ranking;

/// <summary>Which sentences a reason or a quote cites, on a small article of our own.</summary>
public sealed class AnswerComposerTests
{
    private const string Article = """
        ---
        title: Ferry fares rise
        outlet: The Riverside Courier
        published: 2026-03-12
        ---
        Fuel costs doubled over the winter. That's why the ferry company raised its fares on Monday.

        The mayor named one cause for the delays. It was the storm that closed the harbour.

        The council will meet on Friday. Residents may speak at the meeting.

        "This is a sad day for the island," said Mayor Ana Okafor. "The fares will hurt every family."
        """;

    private static readonly Lazy<AnswerContext> Context = new(() => AnswerContext.For(FactExtractor.Extract(ArticleLoader.Parse(Article, "courier.md"))));

    [Fact]
    public void WithContinuation_AReasonGivenAsThatsWhy_CitesTheSentenceBefore()
    {
        var cited = AnswerComposer.WithContinuation(Context.Value, Index("That's why"), AnswerType.Reason);

        Assert.Equal([Index("Fuel costs"), Index("That's why")], cited);
    }

    [Fact]
    public void WithContinuation_ANextSentenceThatPointsBack_IsTheRestOfTheReason()
    {
        var cited = AnswerComposer.WithContinuation(Context.Value, Index("named one cause"), AnswerType.Reason);

        Assert.Equal([Index("named one cause"), Index("It was the storm")], cited);
    }

    [Theory]
    [InlineData(AnswerType.Reason)]
    [InlineData(AnswerType.Date)]
    public void WithContinuation_ANextSentenceOnItsOwn_IsNotCited(AnswerType type)
    {
        var cited = AnswerComposer.WithContinuation(Context.Value, Index("The council will meet"), type);

        Assert.Equal([Index("The council will meet")], cited);
    }

    [Fact]
    public void WithContinuation_TheSpeakersNextQuotedSentence_IsTheRestOfTheQuote()
    {
        var cited = AnswerComposer.WithContinuation(Context.Value, Index("This is a sad day"), AnswerType.Quote);

        Assert.Equal([Index("This is a sad day"), Index("The fares will hurt")], cited);
    }

    [Fact]
    public void WithContinuation_AnotherSpeakersNextSentence_IsNotPartOfTheQuote()
    {
        var cited = AnswerComposer.WithContinuation(Context.Value, Index("The council will meet"), AnswerType.Quote);

        Assert.Equal([Index("The council will meet")], cited);
    }

    [Fact]
    public void WithContinuation_ADate_CitesOneSentence()
    {
        var cited = AnswerComposer.WithContinuation(Context.Value, Index("named one cause"), AnswerType.Date);

        Assert.Equal([Index("named one cause")], cited);
    }

    private static int Index(string part)
    {
        var sentences = Context.Value.Sentences;
        return Enumerable.Range(0, sentences.Count).Single(i => sentences[i].Text.Contains(part, StringComparison.Ordinal));
    }
}
