using Bot.Adapters;

namespace Bot.Discord;

/// <summary>
/// Discord's reply queue (deferred answers, follow-ups, gateway events): named delegates, so that the worker can
/// say which one failed. <see cref="DiscordWorker"/> runs what is queued.
/// </summary>
internal sealed class WorkQueue() : ReplyQueue<WorkQueue.WorkItem>(DefaultCapacity, "discord")
{
    internal const int DefaultCapacity = 256;

    public bool TryEnqueue(string name, Func<CancellationToken, Task> work) => TryEnqueue(new WorkItem(name, work));

    internal sealed record WorkItem(string Name, Func<CancellationToken, Task> Work);
}
