using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Json;

internal static class GatewayOpcode
{
    public const int Dispatch = 0;
    public const int Heartbeat = 1;
    public const int Identify = 2;
    public const int Resume = 6;
    public const int Reconnect = 7;
    public const int InvalidSession = 9;
    public const int Hello = 10;
    public const int HeartbeatAck = 11;
}

/// <summary>Any payload received from the gateway; <c>d</c> is read once the opcode is known.</summary>
internal sealed record GatewayPayload(
    [property: JsonPropertyName("op")] int Op,
    [property: JsonPropertyName("d")] JsonElement? D = null,
    [property: JsonPropertyName("s")] long? S = null,
    [property: JsonPropertyName("t")] string? T = null);

internal sealed record HeartbeatCommand(
    [property: JsonPropertyName("op")] int Op,
    [property: JsonPropertyName("d"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? D);

internal sealed record IdentifyProperties(
    [property: JsonPropertyName("os")] string Os,
    [property: JsonPropertyName("browser")] string Browser,
    [property: JsonPropertyName("device")] string Device);

internal sealed record IdentifyData(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("intents")] int Intents,
    [property: JsonPropertyName("properties")] IdentifyProperties Properties,
    [property: JsonPropertyName("shard")] IReadOnlyList<int> Shard);

internal sealed record IdentifyCommand(
    [property: JsonPropertyName("op")] int Op,
    [property: JsonPropertyName("d")] IdentifyData D);

internal sealed record ResumeData(
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("seq"), JsonIgnore(Condition = JsonIgnoreCondition.Never)] long? Seq);

internal sealed record ResumeCommand(
    [property: JsonPropertyName("op")] int Op,
    [property: JsonPropertyName("d")] ResumeData D);

internal sealed record HelloData([property: JsonPropertyName("heartbeat_interval")] double HeartbeatInterval);

internal sealed record ReadyData(
    [property: JsonPropertyName("session_id")] string SessionId,
    [property: JsonPropertyName("resume_gateway_url")] string? ResumeGatewayUrl,
    [property: JsonPropertyName("user")] DiscordUser User);

internal sealed record SessionStartLimit(
    [property: JsonPropertyName("total")] int Total,
    [property: JsonPropertyName("remaining")] int Remaining,
    [property: JsonPropertyName("reset_after")] long ResetAfter,
    [property: JsonPropertyName("max_concurrency")] int MaxConcurrency);

internal sealed record GatewayBot(
    [property: JsonPropertyName("url")] string Url,
    [property: JsonPropertyName("shards")] int Shards,
    [property: JsonPropertyName("session_start_limit")] SessionStartLimit? SessionStartLimit);

internal sealed record RateLimitBody(
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("retry_after")] double RetryAfter,
    [property: JsonPropertyName("global")] bool Global = false);
