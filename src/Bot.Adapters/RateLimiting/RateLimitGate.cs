using System.Threading.RateLimiting;
using Bot.Adapters.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.RateLimiting;

/// <summary>Asks the limits before a question is answered. The first refusal in a window gets a polite notice,
/// the rest are dropped, so a user who keeps asking is not answered with a flood of refusals.</summary>
internal sealed class RateLimitGate : IDisposable
{
    public const string NoticeText = "You're asking faster than I can answer. Please wait {0} and ask again.";

    private readonly PartitionedRateLimiter<Asker>? limiter;
    private readonly ISharedState state;
    private readonly ILogger<RateLimitGate> logger;

    public RateLimitGate(IOptions<RateLimitOptions> options, ISharedState state, TimeProvider timeProvider, ILogger<RateLimitGate> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.state = state;
        this.logger = logger;
        if (options.Value.Enabled)
            limiter = AskerRateLimiter.Create(options.Value, state, timeProvider);
    }

    public async ValueTask<RateLimitVerdict> CheckAsync(string platform, string? user, string? channel, CancellationToken cancellationToken = default)
    {
        if (limiter is null)
            return RateLimitVerdict.Allow;
        using var lease = await limiter.AcquireAsync(new Asker(platform, user, channel), 1, cancellationToken).ConfigureAwait(false);
        if (lease.IsAcquired)
            return RateLimitVerdict.Allow;

        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) && wait > TimeSpan.Zero ? wait : TimeSpan.FromMinutes(1);
        // Claimed where the counters are, so two replicas do not both send the notice.
        var noticeKey = $"rl:{platform}:notice:{user ?? channel}";
        if (!await state.TryClaimAsync(noticeKey, retryAfter, cancellationToken).ConfigureAwait(false))
            return RateLimitVerdict.Drop;
        Log.RateLimited(logger, platform);
        return new RateLimitVerdict(false, string.Format(System.Globalization.CultureInfo.InvariantCulture, NoticeText, Describe(retryAfter)));
    }

    public void Dispose() => limiter?.Dispose();

    private static string Describe(TimeSpan wait) =>
        wait <= TimeSpan.FromSeconds(90) ? $"{Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds" : $"{(int)Math.Ceiling(wait.TotalMinutes)} minutes";
}
