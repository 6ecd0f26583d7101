namespace Bot.Adapters.State;

/// <summary>One process's state: claims and counters with expiry times, bounded so a flood of distinct keys
/// cannot grow it without limit (the oldest entries go first).</summary>
internal sealed class MemorySharedState(TimeProvider timeProvider) : ISharedState
{
    internal const int MaxEntries = 20_000;

    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly PriorityQueue<string, DateTimeOffset> expiries = new();
    private readonly Lock gate = new();

    public bool IsShared => false;

    internal int Count
    {
        get
        {
            lock (gate)
                return entries.Count;
        }
    }

    public ValueTask<bool> TryClaimAsync(string key, TimeSpan ttl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            Prune(now);
            if (entries.TryGetValue(key, out var entry) && entry.Expires > now)
                return ValueTask.FromResult(false);
            Store(key, new Entry(now + ttl, 1));
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (gate)
            entries.Remove(key);
        return ValueTask.CompletedTask;
    }

    public ValueTask<long> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = timeProvider.GetUtcNow();
        lock (gate)
        {
            Prune(now);
            var next = entries.TryGetValue(key, out var entry) && entry.Expires > now
                ? entry with { Value = entry.Value + 1 }
                : new Entry(now + window, 1);
            Store(key, next);
            return ValueTask.FromResult(next.Value);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        // The heap yields the soonest expiry first: expired entries go and, at the bound, the oldest live ones down
        // to half, so a trim is rare. A heap item whose entry was since replaced or released is stale: dropped.
        var trim = entries.Count >= MaxEntries;
        while (expiries.TryPeek(out var key, out var expires) && (expires <= now || (trim && entries.Count > MaxEntries / 2)))
        {
            expiries.Dequeue();
            if (entries.TryGetValue(key, out var entry) && entry.Expires == expires)
                entries.Remove(key);
        }

        // Claim-release cycles leave stale heap items behind; rebuild before they outgrow the entries.
        if (expiries.Count > 2 * MaxEntries)
        {
            expiries.Clear();
            expiries.EnqueueRange(entries.Select(p => (p.Key, p.Value.Expires)));
        }
    }

    private void Store(string key, Entry entry)
    {
        if (!entries.TryGetValue(key, out var old) || old.Expires != entry.Expires)
            expiries.Enqueue(key, entry.Expires);
        entries[key] = entry;
    }

    private readonly record struct Entry(DateTimeOffset Expires, long Value);
}
