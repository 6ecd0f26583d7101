using Bot.Core.Answering;
using Bot.Slack.Handling;
using Bot.Slack.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Tests.Handling;

public class SlackAnsweringTests
{
    [Fact]
    public async Task WithinAsync_TurnsAStuckAnswerIntoAReason()
    {
        var clock = new FakeTimeProvider();
        var never = new TaskCompletionSource<Answer>();

        var waiting = SlackAnswering.WithinAsync(never.Task, SlackWorker.AnswerTimeout, clock);
        Assert.False(waiting.IsCompleted);
        clock.Advance(SlackWorker.AnswerTimeout + TimeSpan.FromSeconds(1));
        var answer = await waiting;

        Assert.Equal(AnswerKind.Unavailable, answer.Kind);
        Assert.Contains("took too long", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithinAsync_PassesAReadyAnswerThrough()
    {
        var ready = FakeAnswerer.DefaultAnswer(new BotRequest("who", "Zhao"));
        Assert.Same(ready, await SlackAnswering.WithinAsync(Task.FromResult(ready), TimeSpan.FromSeconds(1), new FakeTimeProvider()));
    }
}
