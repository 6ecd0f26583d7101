using System.Threading.Channels;
using Bot.Adapters.Telemetry;

namespace Bot.Adapters;

/// <summary>
/// The bounded queue between a fast acknowledgement and the slow reply. A full queue refuses new work instead of
/// growing: the caller gets false and tells the asker the bot is busy, which beats an unbounded backlog of
/// answers nobody is waiting for any more. Once completed at shutdown it refuses everything, and the worker
/// finishes what is already queued.
/// </summary>
internal class ReplyQueue<T>(int capacity, string name = "replies") : IMeteredQueue
{
    private readonly Channel<T> _channel = Channel.CreateBounded<T>(
        new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = false });

    private int _pending;
    private long _dropped;

    /// <summary>The queue's name in metrics ("slack", "discord").</summary>
    public string Name { get; } = name;

    /// <summary>Items queued or running; zero once the worker has finished everything.</summary>
    public int Pending => Volatile.Read(ref _pending);

    /// <summary>Items refused because the queue was full, since start.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public bool TryEnqueue(T item)
    {
        // Counted before the write so the worker can never finish an item that is not yet counted.
        Interlocked.Increment(ref _pending);
        if (_channel.Writer.TryWrite(item))
            return true;
        Interlocked.Decrement(ref _pending);
        Interlocked.Increment(ref _dropped);
        return false;
    }

    /// <summary>Refuses new work from now on; reading ends once what is queued has been read.</summary>
    internal void Complete() => _channel.Writer.TryComplete();

    internal ChannelReader<T> Reader => _channel.Reader;

    internal void Done() => Interlocked.Decrement(ref _pending);
}
