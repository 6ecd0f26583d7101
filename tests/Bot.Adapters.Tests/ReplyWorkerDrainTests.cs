using System.Collections.Concurrent;
using Bot.Adapters;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Tests;

/// <summary>Stopping: what was accepted is finished, nothing new is taken, and the host's timeout still wins.</summary>
public class ReplyWorkerDrainTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Stop_RefusesNewWorkAndFinishesEverythingQueuedBeforeReturning()
    {
        var queue = new ReplyQueue<string>(8);
        var logger = new ListLogger();
        var worker = new GatedWorker(queue, logger);
        queue.TryEnqueue("in flight");
        queue.TryEnqueue("queued 1");
        queue.TryEnqueue("queued 2");
        await worker.StartAsync(CancellationToken.None);
        await worker.Started.Task.WaitAsync(HangGuard);

        var stopping = worker.StopAsync(CancellationToken.None);
        var refused = !queue.TryEnqueue("after stop");
        var stoppedEarly = stopping.IsCompleted;
        worker.Gate.SetResult();
        await stopping.WaitAsync(HangGuard);

        Assert.True(refused);
        Assert.False(stoppedEarly);
        Assert.Equal(["in flight", "queued 1", "queued 2"], worker.Handled);
        Assert.Equal(0, queue.Pending);
        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Contains(logger.Entries, e => e.Id.Id == 6003 && e.Message.Contains("finishing 3", StringComparison.Ordinal));
        Assert.DoesNotContain(logger.Entries, e => e.Id.Id == 6004);
    }

    [Fact]
    public async Task Stop_WhenTheShutdownTimeoutRunsOut_CancelsTheItemInFlightAndLogsWhatWasLeft()
    {
        var queue = new ReplyQueue<string>(8);
        var logger = new ListLogger();
        var worker = new GatedWorker(queue, logger);
        queue.TryEnqueue("in flight");
        queue.TryEnqueue("never started");
        await worker.StartAsync(CancellationToken.None);
        await worker.Started.Task.WaitAsync(HangGuard);

        // The host cancels the stop token when its shutdown timeout is spent.
        using var shutdownTimeout = new CancellationTokenSource();
        var stopping = worker.StopAsync(shutdownTimeout.Token);
        await shutdownTimeout.CancelAsync();
        await stopping.WaitAsync(HangGuard);
        await worker.ExecuteTask!.WaitAsync(HangGuard);

        Assert.True(worker.Cancelled.Task.IsCompleted);
        Assert.Empty(worker.Handled);
        Assert.True(worker.ExecuteTask.IsCompletedSuccessfully);
        var abandoned = Assert.Single(logger.Entries, e => e.Id.Id == 6004);
        Assert.Contains("1 accepted replies", abandoned.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stop_WithNothingQueued_ReturnsAtOnceWithoutALogLine()
    {
        var queue = new ReplyQueue<string>(8);
        var logger = new ListLogger();
        var worker = new GatedWorker(queue, logger);
        await worker.StartAsync(CancellationToken.None);

        await worker.StopAsync(CancellationToken.None).WaitAsync(HangGuard);

        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully, worker.ExecuteTask.Status + " " + worker.ExecuteTask.Exception);
        Assert.Empty(logger.Entries);
        Assert.False(queue.TryEnqueue("late"));
    }

    /// <summary>Every item waits at the gate; an item cancelled there is recorded, not handled.</summary>
    private sealed class GatedWorker(ReplyQueue<string> queue, ILogger logger) : ReplyWorker<string>(queue, 1, logger)
    {
        public ConcurrentQueue<string> Handled { get; } = new();

        public TaskCompletionSource Gate { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task HandleAsync(string item, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            try
            {
                await Gate.Task.WaitAsync(cancellationToken);
            }
            catch (OperationCanceledException)
            {
                Cancelled.TrySetResult();
                throw;
            }

            Handled.Enqueue(item);
        }
    }
}
