using System.Threading.RateLimiting;
using Bot.Adapters.State;

namespace Bot.Adapters.RateLimiting;

/// <summary>A fixed window counted in the shared state (one counter per window, aligned to the Unix epoch), so
/// every replica counts against the same limit. Async only: the counter is a network call away.</summary>
internal sealed class SharedWindowRateLimiter(ISharedState state, string key, int permits, TimeSpan window, TimeProvider timeProvider)
    : RateLimiter
{
    private long lastUsed = timeProvider.GetTimestamp();

    public override TimeSpan? IdleDuration => timeProvider.GetElapsedTime(Interlocked.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) =>
        throw new NotSupportedException("The shared counter is a network call away: use AcquireAsync.");

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(permitCount, permits);
        Interlocked.Exchange(ref lastUsed, timeProvider.GetTimestamp());
        if (permitCount == 0)
            return Lease.Granted;

        var windowMs = (long)window.TotalMilliseconds;
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var index = now / windowMs;
        var count = 0L;
        for (var i = 0; i < permitCount; i++)
            count = await state.IncrementAsync($"{key}:{index}", window, cancellationToken).ConfigureAwait(false);
        return count <= permits ? Lease.Granted : new Lease(false, TimeSpan.FromMilliseconds(((index + 1) * windowMs) - now));
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, null);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter;
            return retryAfter is not null && string.Equals(metadataName, MetadataName.RetryAfter.Name, StringComparison.Ordinal);
        }
    }
}
