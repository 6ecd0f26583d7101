namespace Bot.Discord.Gateway;

internal enum GatewayPlan
{
    Identify,
    Resume,
    Stop,
}

/// <summary>What to do after a connection ends, and how long to wait first.</summary>
internal readonly record struct GatewayNext(GatewayPlan Plan, TimeSpan Delay, string? Error = null);
