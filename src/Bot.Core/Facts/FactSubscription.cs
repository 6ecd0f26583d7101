using System.Threading.Channels;

namespace Bot.Core.Facts;

/// <summary>The snapshots a <see cref="FactStore"/> publishes, newest only: a reader that falls behind skips
/// straight to the snapshot in force, never works through stale ones.</summary>
public sealed class FactSubscription : IDisposable
{
    private readonly Channel<ArticleFacts> _snapshots = Channel.CreateBounded<ArticleFacts>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly Action<FactSubscription> _unsubscribe;

    internal FactSubscription(Action<FactSubscription> unsubscribe)
    {
        _unsubscribe = unsubscribe;
    }

    /// <summary>The next snapshot published (or the one in force when the subscription began).</summary>
    public ValueTask<ArticleFacts> NextAsync(CancellationToken cancellationToken = default) => _snapshots.Reader.ReadAsync(cancellationToken);

    internal void Offer(ArticleFacts facts) => _snapshots.Writer.TryWrite(facts);

    /// <inheritdoc />
    public void Dispose()
    {
        _snapshots.Writer.TryComplete();
        _unsubscribe(this);
    }
}
