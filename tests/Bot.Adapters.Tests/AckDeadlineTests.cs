using Bot.Adapters;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Tests;

public class AckDeadlineTests
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    [Fact]
    public async Task QuickWork_IsInTimeWithItsResult()
    {
        var outcome = await AckDeadline.RaceAsync(() => Task.FromResult(42), Budget, new FakeTimeProvider());

        Assert.True(outcome.InTime);
        Assert.Equal(42, await outcome.Work);
    }

    [Fact]
    public async Task SlowWork_IsDeferredAndKeepsRunning()
    {
        var clock = new FakeTimeProvider();
        var slow = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        var racing = AckDeadline.RaceAsync(() => slow.Task, Budget, clock);
        clock.Advance(Budget + TimeSpan.FromSeconds(1));
        var outcome = await racing.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(outcome.Deferred);
        Assert.False(outcome.Work.IsCompleted);
        slow.SetResult(7);
        Assert.Equal(7, await outcome.Work);
    }

    [Fact]
    public async Task Cancelling_EndsTheWaitAsDeferredWithoutCancellingTheWork()
    {
        using var cancel = new CancellationTokenSource();
        var slow = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);

        var racing = AckDeadline.RaceAsync(() => slow.Task, Budget, new FakeTimeProvider(), cancel.Token);
        await cancel.CancelAsync();
        var outcome = await racing.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.True(outcome.Deferred);
        Assert.False(outcome.Work.IsCanceled);
    }
}
