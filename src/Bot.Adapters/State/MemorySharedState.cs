namespace Bot.Adapters.State;

/// <summary>One process's state: claims and counters with expiry times, bounded so a flood of distinct keys
/// cannot grow it without limit (the oldest entries go first).</summary>
internal sealed class MemorySharedState(TimeProvider timeProvider) : ISharedState
{
    internal const int MaxEntries = 20_000;

    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);
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
            entries[key] = new Entry(now + ttl, 1);
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
            entries[key] = next;
            return ValueTask.FromResult(next.Value);
        }
    }

    private void Prune(DateTimeOffset now)
    {
        // Cheap while small: a few expired entries per call. Near the bound: all expired ones, then the oldest.
        if (entries.Count < MaxEntries / 2)
        {
            foreach (var key in entries.Where(p => p.Value.Expires <= now).Select(p => p.Key).Take(64).ToList())
                entries.Remove(key);
            return;
        }

        foreach (var key in entries.Where(p => p.Value.Expires <= now).Select(p => p.Key).ToList())
            entries.Remove(key);
        if (entries.Count >= MaxEntries)
            foreach (var key in entries.OrderBy(p => p.Value.Expires).Take(entries.Count - (MaxEntries / 2)).Select(p => p.Key).ToList())
                entries.Remove(key);
    }

    private readonly record struct Entry(DateTimeOffset Expires, long Value);
}
