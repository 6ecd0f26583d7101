using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters;

/// <summary>
/// Drains a <see cref="ReplyQueue{T}"/> with a fixed number of items in flight. One failing item is logged and the
/// rest carry on. Stopping closes the queue to new work and finishes what was already accepted (each of those was
/// acknowledged to the platform, so dropping it would lose an answer); only when the host's shutdown timeout runs
/// out is what is left abandoned.
/// </summary>
internal abstract class ReplyWorker<T>(ReplyQueue<T> queue, int concurrency, ILogger logger) : BackgroundService
{
    // Not the stopping token: that fires as soon as the host stops, and the queue is to be finished first.
    private readonly CancellationTokenSource _abandon = new();

    protected abstract Task HandleAsync(T item, CancellationToken cancellationToken);

    /// <summary>A short name for the log when an item fails.</summary>
    protected virtual string Describe(T item) => item?.GetType().Name ?? typeof(T).Name;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            // Ends by itself once the queue is completed and empty.
            await Parallel.ForEachAsync(
                queue.Reader.ReadAllAsync(_abandon.Token),
                new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = _abandon.Token },
                RunAsync).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_abandon.IsCancellationRequested)
        {
            if (queue.Pending > 0)
                Log.RepliesAbandoned(logger, queue.Pending);
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        if (queue.Pending > 0)
            Log.FinishingReplies(logger, queue.Pending);

        // Before the base class cancels its stopping token: a loop not yet started would then never start at all.
        if (ExecuteTask is { } running)
        {
            // Until the queue is finished, or the host's shutdown timeout is spent (it cancels the token).
            await running.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (!running.IsCompleted)
                await _abandon.CancelAsync().ConfigureAwait(false);
        }

        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        // A host disposed without being stopped must not leave the loop waiting for work forever.
        _abandon.Cancel();
        _abandon.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    private async ValueTask RunAsync(T item, CancellationToken cancellationToken)
    {
        try
        {
            await HandleAsync(item, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The shutdown timeout ran out: the item is abandoned with the host.
        }
#pragma warning disable CA1031 // One bad item (a REST failure, a bug in rendering) must not stop the worker.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.ReplyFailed(logger, Describe(item), ex);
        }
        finally
        {
            queue.Done();
        }
    }
}
