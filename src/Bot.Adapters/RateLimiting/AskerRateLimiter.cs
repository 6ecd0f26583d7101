using System.Threading.RateLimiting;
using Bot.Adapters.State;

namespace Bot.Adapters.RateLimiting;

/// <summary>Builds the per-user limit chained with the per-channel limit: fixed windows in this process's memory,
/// or counted in the shared state when that is shared by several replicas.</summary>
internal static class AskerRateLimiter
{
    public static PartitionedRateLimiter<Asker> Create(RateLimitOptions options, ISharedState state, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(state);
        var user = Partitioned(a => a.User, "user", options.UserPermits, options.UserWindow, state, timeProvider);
        var channel = Partitioned(a => a.Channel, "channel", options.ChannelPermits, options.ChannelWindow, state, timeProvider);
        return PartitionedRateLimiter.CreateChained(user, channel);
    }

    private static PartitionedRateLimiter<Asker> Partitioned(
        Func<Asker, string?> id, string scope, int permits, TimeSpan window, ISharedState state, TimeProvider timeProvider) =>
        PartitionedRateLimiter.Create<Asker, string>(asker =>
        {
            // Nothing to count on (a DM without a channel id, say): that limit does not apply.
            if (id(asker) is not { Length: > 0 } value)
                return RateLimitPartition.GetNoLimiter(string.Empty);
            var key = $"rl:{asker.Platform}:{scope}:{value}";
            return state.IsShared
                ? RateLimitPartition.Get(key, k => new SharedWindowRateLimiter(state, k, permits, window, timeProvider))
                : RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = permits,
                    Window = window,
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
        });
}
