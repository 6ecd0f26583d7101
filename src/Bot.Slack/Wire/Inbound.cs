using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Slack.Wire;

/// <summary>The outer body of an Events API request (url_verification or event_callback).</summary>
internal sealed record EventEnvelope(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("challenge")] string? Challenge,
    [property: JsonPropertyName("event_id")] string? EventId,
    [property: JsonPropertyName("team_id")] string? TeamId,
    [property: JsonPropertyName("event")] SlackEvent? Event);

internal sealed record SlackEvent(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("subtype")] string? Subtype,
    [property: JsonPropertyName("user")] string? User,
    [property: JsonPropertyName("bot_id")] string? BotId,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("ts")] string? Ts,
    [property: JsonPropertyName("thread_ts")] string? ThreadTs);

/// <summary>A slash command invocation: form fields over HTTP, a JSON payload in Socket Mode.</summary>
internal sealed record SlashCommandPayload(
    [property: JsonPropertyName("command")] string? Command,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("user_id")] string? UserId,
    [property: JsonPropertyName("channel_id")] string? ChannelId,
    [property: JsonPropertyName("response_url")] string? ResponseUrl);

internal sealed record InteractionPayload(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("user")] InteractionUser? User,
    [property: JsonPropertyName("response_url")] string? ResponseUrl,
    [property: JsonPropertyName("actions")] IReadOnlyList<InteractionAction>? Actions,
    [property: JsonPropertyName("trigger_id")] string? TriggerId = null);

internal sealed record InteractionUser([property: JsonPropertyName("id")] string? Id);

internal sealed record InteractionAction(
    [property: JsonPropertyName("action_id")] string? ActionId,
    [property: JsonPropertyName("value")] string? Value,
    [property: JsonPropertyName("action_ts")] string? ActionTs = null);

/// <summary>What a share button carries, so a click can answer the same request again.</summary>
internal sealed record ShareValue(
    [property: JsonPropertyName("c")] string Command,
    [property: JsonPropertyName("a")] string Argument,
    [property: JsonPropertyName("q")] string Query);

/// <summary>Any frame Slack sends over a Socket Mode connection.</summary>
internal sealed record SocketMessage(
    [property: JsonPropertyName("type")] string? Type,
    [property: JsonPropertyName("envelope_id")] string? EnvelopeId,
    [property: JsonPropertyName("payload")] JsonElement Payload,
    [property: JsonPropertyName("accepts_response_payload")] bool AcceptsResponsePayload,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("retry_attempt")] int? RetryAttempt);

internal sealed record SocketAck(
    [property: JsonPropertyName("envelope_id")] string EnvelopeId,
    [property: JsonPropertyName("payload")] ResponseMessage? Payload);
