using Bot.Adapters.Telemetry;

namespace Bot.Adapters.Readiness;

/// <summary>One link's state as its owner reports it: up once the platform said so (READY, hello, auth.test ok),
/// down with a reason when it drops. Coming up again after a drop counts as a reconnect.</summary>
internal sealed class AdapterLink(string name, string waitingFor, bool ready, AdapterMetrics? metrics)
{
    private volatile string? notReadyReason = ready ? null : waitingFor;
    private int everUp = ready ? 1 : 0;

    public string Name { get; } = name;

    public bool IsReady => notReadyReason is null;

    /// <summary>Why the link is not ready, or null while it is.</summary>
    public string? NotReadyReason => notReadyReason;

    public void Up()
    {
        // Counted before the link reads as ready, so whoever sees it ready also sees the reconnect.
        if (notReadyReason is not null && Interlocked.Exchange(ref everUp, 1) == 1)
            metrics?.Reconnect(Name);
        notReadyReason = null;
    }

    public void Down(string reason) => notReadyReason = reason;
}
