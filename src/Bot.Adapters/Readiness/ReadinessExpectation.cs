namespace Bot.Adapters.Readiness;

/// <summary>A link the host waits for before it calls itself ready, registered by the adapter that owns it.</summary>
/// <param name="Name">The link's name in /readyz ("slack-socket-mode").</param>
/// <param name="WaitingFor">What it waits for until it is first up ("waiting for hello").</param>
/// <param name="ReadyAtStart">True for a link that needs no connection (an interactions endpoint with its key).</param>
internal sealed record ReadinessExpectation(string Name, string WaitingFor, bool ReadyAtStart = false);
