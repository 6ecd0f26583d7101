using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering;

public sealed class ArticleAnswererTests
{
    private readonly ArticleAnswerer _answerer = SampleFacts.Answerer();

    [Theory]
    [InlineData("/who Zhao", "who", "Zhao")]
    [InlineData("/timeline", "timeline", "")]
    [InlineData("/Ask  when was it?  ", "ask", "when was it?")]
    [InlineData("/foo bar baz", "foo", "bar baz")]
    [InlineData("  When was it published?", "ask", "When was it published?")]
    [InlineData("", "ask", "")]
    [InlineData("/", "", "")]
    public void Parse_SplitsCommandAndArgument(string message, string command, string argument)
    {
        Assert.Equal(new BotRequest(command, argument), _answerer.Parse(message));
    }

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

        var answer = await _answerer.AnswerAsync(_answerer.Parse(message));

        Assert.NotEqual(AnswerKind.Refused, answer.Kind);
        Assert.NotNull(answer.Text);
    }

    [Fact]
    public async Task AnswerAsync_UnknownCommand_PointsToHelp()
    {
        var answer = await _answerer.AnswerAsync(_answerer.Parse("/foo bar"));

        Assert.Equal(AnswerKind.UnknownCommand, answer.Kind);
        Assert.False(answer.Found);
        Assert.Contains("/help", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswerAsync_NoSnapshotYet_IsUnavailable()
    {
        var answerer = new ArticleAnswerer(new FactStore());

        var answer = await answerer.AnswerAsync(BotRequest.Question("Who is the mayor?"));

        Assert.Equal(AnswerKind.Unavailable, answer.Kind);
        Assert.False(answer.Found);
        Assert.Empty(answerer.Complete("who", "person", "a"));
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
}
