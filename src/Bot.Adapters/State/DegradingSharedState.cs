using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.Adapters.State;

/// <summary>Redis while it answers, this process's memory while it does not: an outage costs the replicas their
/// agreement (a retried event may be answered twice), never an answer. Warns once per outage.</summary>
internal sealed class DegradingSharedState(RedisSharedState redis, MemorySharedState memory, ILogger<DegradingSharedState> logger) : ISharedState
{
    private int degraded;

    public bool IsShared => true;

    internal bool IsDegraded => Volatile.Read(ref degraded) == 1;

    public ValueTask<bool> TryClaimAsync(string key, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        RunAsync(s => s.TryClaimAsync(key, ttl, cancellationToken));

    public async ValueTask ReleaseAsync(string key, CancellationToken cancellationToken = default)
    {
        // A claim may sit in either store (it was made before or during an outage): drop it from both.
        await memory.ReleaseAsync(key, cancellationToken).ConfigureAwait(false);
        await RunAsync(async s =>
        {
            await s.ReleaseAsync(key, cancellationToken).ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);
    }

    public ValueTask<long> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) =>
        RunAsync(s => s.IncrementAsync(key, window, cancellationToken));

    private async ValueTask<T> RunAsync<T>(Func<ISharedState, ValueTask<T>> operation)
    {
        if (redis.IsConnected)
        {
            try
            {
                var result = await operation(redis).ConfigureAwait(false);
                if (Interlocked.Exchange(ref degraded, 0) == 1)
                    Log.SharedStateRecovered(logger);
                return result;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                Degrade(ex);
            }
        }
        else
        {
            Degrade(null);
        }

        return await operation(memory).ConfigureAwait(false);
    }

    private void Degrade(Exception? exception)
    {
        if (Interlocked.Exchange(ref degraded, 1) == 0)
            Log.SharedStateDegraded(logger, exception?.GetType().Name ?? "not connected", exception);
    }
}
