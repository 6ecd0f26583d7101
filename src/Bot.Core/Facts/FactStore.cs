namespace Bot.Core.Facts;

/// <summary>Holds the snapshot in force; readers never see a half-built one because a snapshot is
/// immutable and replaced by a single reference write.</summary>
public sealed class FactStore : IFactStore
{
    private readonly Lock _gate = new();
    private readonly List<FactSubscription> _subscriptions = [];
    private ArticleFacts? current;

    public FactStore()
    {
    }

    public FactStore(ArticleFacts facts)
    {
        current = facts;
    }

    public ArticleFacts? Current => Volatile.Read(ref current);

    public void Publish(ArticleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        lock (_gate)
        {
            Volatile.Write(ref current, facts);
            foreach (var subscription in _subscriptions)
            {
                subscription.Offer(facts);
            }
        }
    }

    /// <summary>Each snapshot from now on, starting with the one in force, for work that follows the article
    /// (such as encoding its sentences). Dispose it to stop.</summary>
    public FactSubscription Subscribe()
    {
        var subscription = new FactSubscription(s =>
        {
            lock (_gate)
            {
                _subscriptions.Remove(s);
            }
        });
        lock (_gate)
        {
            _subscriptions.Add(subscription);
            if (current is { } facts)
            {
                subscription.Offer(facts);
            }
        }

        return subscription;
    }
}
