namespace Bot.Adapters;

/// <summary>
/// The one reconnect and retry delay: exponential with full jitter (a uniform pick between zero and the capped
/// exponential), so many bots dropped by the same outage do not come back in step.
/// </summary>
internal static class Backoff
{
    /// <summary>
    /// The delay before retry number <paramref name="attempt"/> (1 for the first): uniform in
    /// [0, min(<paramref name="max"/>, <paramref name="baseDelay"/> · 2^(attempt − 1))).
    /// </summary>
    public static TimeSpan Delay(int attempt, TimeSpan baseDelay, TimeSpan max, Random jitter)
    {
        ArgumentNullException.ThrowIfNull(jitter);
        // Clamped so a long outage cannot overflow the exponent.
        var ceiling = Math.Min(max.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30)));
        return TimeSpan.FromMilliseconds(ceiling * jitter.NextDouble());
    }
}
