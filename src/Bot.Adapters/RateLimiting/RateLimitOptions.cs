namespace Bot.Adapters.RateLimiting;

/// <summary>The "RateLimits" section: how many questions one user, and one channel, may ask per window.</summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    public bool Enabled { get; set; } = true;

    public int UserPermits { get; set; } = 10;

    public TimeSpan UserWindow { get; set; } = TimeSpan.FromMinutes(1);

    public int ChannelPermits { get; set; } = 30;

    public TimeSpan ChannelWindow { get; set; } = TimeSpan.FromMinutes(1);
}
