using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Adapters;

/// <summary>
/// Drains a <see cref="ReplyQueue{T}"/> with a fixed number of items in flight. One failing item is logged and the
/// rest carry on; cancellation at shutdown is normal and abandons what is left with the host.
/// </summary>
internal abstract class ReplyWorker<T>(ReplyQueue<T> queue, int concurrency, ILogger logger) : BackgroundService
{
    protected abstract Task HandleAsync(T item, CancellationToken cancellationToken);

    /// <summary>A short name for the log when an item fails.</summary>
    protected virtual string Describe(T item) => item?.GetType().Name ?? typeof(T).Name;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Parallel.ForEachAsync(
                queue.Reader.ReadAllAsync(stoppingToken),
                new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = stoppingToken },
                RunAsync).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }

    private async ValueTask RunAsync(T item, CancellationToken cancellationToken)
    {
        try
        {
            await HandleAsync(item, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the item is abandoned with the host.
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
