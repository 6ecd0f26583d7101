using Bot.Adapters;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters.Tests;

public class ReplyWorkerTests
{
    [Fact]
    public async Task FailingItem_IsLoggedAndTheNextOnesStillRun()
    {
        var queue = new ReplyQueue<string>(8);
        var logger = new ListLogger();
        var worker = new RecordingWorker(queue, logger);
        queue.TryEnqueue("first");
        queue.TryEnqueue("boom");
        queue.TryEnqueue("last");

        await worker.StartAsync(CancellationToken.None);
        await worker.Finished.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(["first", "last"], worker.Handled);
        var failure = Assert.Single(logger.Entries);
        Assert.Equal(6001, failure.Id.Id);
        Assert.Contains("boom", failure.Message, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(failure.Exception);
        Assert.Equal(0, queue.Pending);
    }

    [Fact]
    public async Task Stop_EndsTheWorkerWithoutAnError()
    {
        var queue = new ReplyQueue<string>(8);
        var logger = new ListLogger();
        var worker = new RecordingWorker(queue, logger);
        queue.TryEnqueue("last");

        await worker.StartAsync(CancellationToken.None);
        await worker.Finished.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await worker.StopAsync(CancellationToken.None);

        Assert.True(worker.ExecuteTask!.IsCompletedSuccessfully);
        Assert.Empty(logger.Entries);
    }

    private sealed class RecordingWorker(ReplyQueue<string> queue, ILogger logger) : ReplyWorker<string>(queue, 1, logger)
    {
        public List<string> Handled { get; } = [];

        public TaskCompletionSource Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override Task HandleAsync(string item, CancellationToken cancellationToken)
        {
            if (item == "boom")
                throw new InvalidOperationException("a bug");
            Handled.Add(item);
            if (item == "last")
                Finished.TrySetResult();
            return Task.CompletedTask;
        }

        protected override string Describe(string item) => item;
    }
}
