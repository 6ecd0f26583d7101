using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Adapters.State;

/// <summary>State every replica sees, in Redis: a claim is SET NX PX, a counter INCR with PEXPIRE set by the same
/// script call, so a counter never outlives its window even when a process dies between the two.</summary>
internal sealed class RedisSharedState(IConnectionMultiplexer redis, IOptions<RedisOptions> options) : ISharedState
{
    private const string IncrementScript = """
        local n = redis.call('INCR', KEYS[1])
        if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
        return n
        """;

    private readonly string prefix = options.Value.KeyPrefix;

    public bool IsShared => true;

    /// <summary>False while no connection is up; callers then skip the round trip that would only fail.</summary>
    public bool IsConnected => redis.IsConnected;

    public async ValueTask<bool> TryClaimAsync(string key, TimeSpan ttl, CancellationToken cancellationToken = default) =>
        await Database.StringSetAsync(Key(key), 1, ttl, When.NotExists).WaitAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask ReleaseAsync(string key, CancellationToken cancellationToken = default) =>
        await Database.KeyDeleteAsync(Key(key)).WaitAsync(cancellationToken).ConfigureAwait(false);

    public async ValueTask<long> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        var result = await Database.ScriptEvaluateAsync(IncrementScript, [Key(key)], [(long)Math.Ceiling(window.TotalMilliseconds)])
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return (long)result;
    }

    private IDatabase Database => redis.GetDatabase();

    private RedisKey Key(string key) => prefix + key;
}
