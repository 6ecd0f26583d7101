using Bot.Core.Answering;
using Bot.Core.Facts;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Answering;

public sealed class CommandRouterTests
{
    private readonly CommandRouter _answerer = SampleFacts.Answerer();

    [Fact]
    public async Task AnswerAsync_EmptyQuestion_AsksForOneWithoutFinding()
    {
        var answer = await _answerer.AnswerAsync(BotRequest.Question("   "));

        Assert.False(answer.Found);
        Assert.StartsWith("Ask me something about the article", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_OverThousandCharacters_IsRefusedInOneSentence()
    {
        var answer = await _answerer.AnswerAsync(BotRequest.Question(new string('x', 1001)));

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.False(answer.Found);
        Assert.Single(answer.Text.Split(". ", StringSplitOptions.RemoveEmptyEntries));
        Assert.True(answer.Query.Length <= 80);
    }

    [Fact]
    public async Task AnswerAsync_ExactlyThousandCharacters_IsAnswered()
    {
        var question = "When did the council approve the harbour plan?".PadRight(1000, ' ') + "x";

        var answer = await _answerer.AnswerAsync(BotRequest.Question(question[..1000]));

        Assert.NotEqual(AnswerKind.Refused, answer.Kind);
    }

    [Theory]
    [InlineData("who who who who ")]
    [InlineData("\"\"\" ((( ")]
    [InlineData("What is the source of the claim that ")]
    [InlineData("/who said ")]
    [InlineData("/timeline ")]
    public async Task AnswerAsync_NoisyMessageNearTheLimit_StillAnswers(string unit)
    {
        var message = string.Concat(Enumerable.Repeat(unit, (1000 / unit.Length) + 1))[..1000];

        var answer = await _answerer.AnswerAsync(RequestParser.Parse(message));

        Assert.NotEqual(AnswerKind.Refused, answer.Kind);
        Assert.NotNull(answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_UnknownCommand_PointsToHelp()
    {
        var answer = await _answerer.AnswerAsync(RequestParser.Parse("/foo bar"));

        Assert.Equal(AnswerKind.UnknownCommand, answer.Kind);
        Assert.False(answer.Found);
        Assert.Contains("/help", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_NoSnapshotYet_IsUnavailable()
    {
        var answerer = TestRouter.Over(null);

        var answer = await answerer.AnswerAsync(BotRequest.Question("Who is the mayor?"));

        Assert.Equal(AnswerKind.Unavailable, answer.Kind);
        Assert.False(answer.Found);
        Assert.Null(answer.Article);
        Assert.Empty(new Completer(new FactStore()).Complete("who", "person", "a"));
    }

    [Fact]
    public async Task AnswerAsync_NullParts_AreTreatedAsEmpty()
    {
        var answer = await _answerer.AnswerAsync(new BotRequest(null!, null!));

        Assert.False(answer.Found);
    }

    [Fact]
    public async Task AnswerAsync_ManyThreadsAtOnce_GiveTheSameAnswer()
    {
        var answerer = SampleFacts.Answerer();
        var answers = await Task.WhenAll(Enumerable.Range(0, 32)
            .Select(_ => Task.Run(() => answerer.AnswerAsync(BotRequest.Question("What share of residents back the plan?")))));

        Assert.All(answers, a => Assert.Equal(answers[0].Text, a.Text));
        Assert.True(answers[0].Found);
    }

    [Fact]
    public async Task AnswerAsync_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _answerer.AnswerAsync(BotRequest.Question("Who?"), cancelled.Token));
    }

    [Theory]
    [InlineData("/who Costa")]
    [InlineData("/about")]
    [InlineData("/foo bar")]
    [InlineData("What share of residents back the plan?")]
    public async Task AnswerAsync_EveryAnswer_CarriesTheArticlesHeading(string message)
    {
        var answer = await _answerer.AnswerAsync(RequestParser.Parse(message));

        Assert.Equal(new ArticleHeading("Harbour Plan Draws Fire", null, "2024-03-05"), answer.Article);
    }

    [Fact]
    public async Task AnswerAsync_QuestionsGoToTheQuestionAnswerer_CommandsDoNot()
    {
        var questions = new FakeQuestionAnswerer(facts => new Answer(AnswerKind.General, "q", true, "From the fake.", [], [Citation.Of(facts.Article.FindSentence(4, 1)!)]));
        var answerer = TestRouter.Over(SampleFacts.Create(), questions);

        var question = await answerer.AnswerAsync(RequestParser.Parse("What share of residents back the plan?"));
        var command = await answerer.AnswerAsync(RequestParser.Parse("/who Costa"));

        Assert.Equal("From the fake.", question.Text);
        Assert.True(question.Found);
        Assert.Equal(["What share of residents back the plan?"], questions.Questions);
        Assert.NotEqual("From the fake.", command.Text);
    }

    [Theory]
    [InlineData(4, 1, "A survey by Coastline Research found that 62% of residents back the plan, or so they say.")]
    [InlineData(4, 2, "A survey by Coastline Research found that 62% of residents back the plan.")]
    [InlineData(40, 1, "A survey by Coastline Research found that 62% of residents back the plan.")]
    public async Task AnswerAsync_AnswerCitingAWrongSentence_IsReplacedByAFailureAndLogged(int paragraph, int sentence, string text)
    {
        var logger = new ListLogger();
        var wrong = new Citation(paragraph, sentence, text);
        var questions = new FakeQuestionAnswerer(_ => new Answer(AnswerKind.Quantity, "q", true, "62% back it.", [new AnswerItem("Survey", "62%", [wrong])], []));
        var answerer = TestRouter.Over(SampleFacts.Create(), questions, logger);

        var answer = await answerer.AnswerAsync(BotRequest.Question("What share of residents back the plan?"));

        Assert.False(answer.Found);
        Assert.Equal(AnswerKind.Unverified, answer.Kind);
        Assert.Contains("couldn't verify", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Citations);
        Assert.Empty(answer.Items);
        Assert.NotNull(answer.Article);
        var warning = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains($"¶{paragraph}.{sentence}", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_AnswerWithVerbatimCitations_PassesTheCheckUntouched()
    {
        var logger = new ListLogger();
        var right = Citation.Of(SampleFacts.Create().Article.FindSentence(4, 1)!);
        var questions = new FakeQuestionAnswerer(_ => new Answer(AnswerKind.Quantity, "q", true, "62% back it.", [new AnswerItem("Survey", "62%", [right])], [right]));
        var answerer = TestRouter.Over(SampleFacts.Create(), questions, logger);

        var answer = await answerer.AnswerAsync(BotRequest.Question("What share of residents back the plan?"));

        Assert.True(answer.Found);
        Assert.Equal([right], answer.Citations);
        Assert.Empty(logger.Entries);
    }
}
