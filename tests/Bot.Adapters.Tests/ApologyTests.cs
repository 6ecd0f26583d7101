using Bot.Adapters;
using Bot.Core.Answering;

namespace Bot.Adapters.Tests;

public class ApologyTests
{
    [Fact]
    public async Task FailingCore_GivesTheApologyAndLogsTheBug()
    {
        var logger = new ListLogger();

        var answer = await Apology.RunAsync("who", _ => throw new InvalidOperationException("bug"), logger);

        Assert.Equal(AnswerKind.Unavailable, answer.Kind);
        Assert.Equal("who", answer.Query);
        Assert.Equal(Apology.Text, answer.Text);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(6002, entry.Id.Id);
        Assert.IsType<InvalidOperationException>(entry.Exception);
    }

    [Fact]
    public async Task WorkingCore_GivesItsAnswer()
    {
        var expected = new Answer(AnswerKind.Help, "help", true, "Ask me.", [], []);

        var answer = await Apology.RunAsync("help", _ => Task.FromResult(expected), new ListLogger());

        Assert.Same(expected, answer);
    }

    [Fact]
    public async Task CancellationByTheCaller_IsNotAnApology()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            Apology.RunAsync("who", ct => Task.FromCanceled<Answer>(ct), new ListLogger(), cancel.Token));
    }
}
