using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord;

/// <summary>Runs queued work a few items at a time; one failing item is logged and the rest carry on.</summary>
internal sealed class DiscordWorker(WorkQueue queue, ILogger<DiscordWorker> logger) : BackgroundService
{
    internal const int Concurrency = 4;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Parallel.ForEachAsync(
                queue.Reader.ReadAllAsync(stoppingToken),
                new ParallelOptions { MaxDegreeOfParallelism = Concurrency, CancellationToken = stoppingToken },
                RunAsync).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
    }

    private async ValueTask RunAsync(WorkQueue.WorkItem item, CancellationToken cancellationToken)
    {
        try
        {
            await item.Work(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the item is abandoned with the host.
        }
#pragma warning disable CA1031 // One bad item (a REST failure, a bug in rendering) must not stop the worker.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.WorkFailed(logger, item.Name, ex);
        }
        finally
        {
            queue.Done();
        }
    }
}
