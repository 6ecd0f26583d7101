using Bot.Adapters;
using Microsoft.Extensions.Logging;

namespace Bot.Discord;

/// <summary>Runs queued Discord work a few items at a time: deferred answers and gateway events are independent.</summary>
internal sealed class DiscordWorker(WorkQueue queue, ILogger<DiscordWorker> logger)
    : ReplyWorker<WorkQueue.WorkItem>(queue, Concurrency, logger)
{
    internal const int Concurrency = 4;

    protected override Task HandleAsync(WorkQueue.WorkItem item, CancellationToken cancellationToken) => item.Work(cancellationToken);

    protected override string Describe(WorkQueue.WorkItem item) => item.Name;
}
