using Bot.Adapters.State;

namespace Bot.Adapters.Tests.RateLimiting;

/// <summary>The memory store presented as shared, so the Redis-path limiter runs on a fake clock.</summary>
internal sealed class SharedMemory(TimeProvider clock) : ISharedState
{
    private readonly MemorySharedState inner = new(clock);

    public bool IsShared => true;

    public ValueTask<bool> TryClaimAsync(string key, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        inner.TryClaimAsync(key, ttl, cancellationToken);

    public ValueTask ReleaseAsync(string key, CancellationToken cancellationToken = default) => inner.ReleaseAsync(key, cancellationToken);

    public ValueTask<long> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) =>
        inner.IncrementAsync(key, window, cancellationToken);
}
