using System.Threading.Channels;

namespace Bot.Discord;

/// <summary>
/// The bounded queue between fast acknowledgements and slow work (deferred answers, gateway events):
/// a full queue refuses new work instead of growing, and <see cref="DiscordWorker"/> runs what is queued.
/// </summary>
internal sealed class WorkQueue
{
    internal const int Capacity = 256;

    private readonly Channel<WorkItem> _channel = Channel.CreateBounded<WorkItem>(
        new BoundedChannelOptions(Capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });

    private int _pending;

    /// <summary>Items queued or running.</summary>
    public int Pending => Volatile.Read(ref _pending);

    public bool TryEnqueue(string name, Func<CancellationToken, Task> work)
    {
        Interlocked.Increment(ref _pending);
        if (_channel.Writer.TryWrite(new WorkItem(name, work)))
            return true;
        Interlocked.Decrement(ref _pending);
        return false;
    }

    internal void Done() => Interlocked.Decrement(ref _pending);

    internal ChannelReader<WorkItem> Reader => _channel.Reader;

    internal sealed record WorkItem(string Name, Func<CancellationToken, Task> Work);
}
