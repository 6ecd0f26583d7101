namespace Bot.Adapters.RateLimiting;

/// <summary>Go ahead; or stop and send <see cref="Notice"/> (the first refusal in a window); or stop silently.</summary>
internal sealed record RateLimitVerdict(bool Allowed, string? Notice)
{
    public static readonly RateLimitVerdict Allow = new(true, null);

    public static readonly RateLimitVerdict Drop = new(false, null);
}
