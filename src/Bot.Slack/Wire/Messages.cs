using System.Text.Json.Serialization;

namespace Bot.Slack.Wire;

/// <summary>A message body for a slash command response, a Socket Mode ack payload or a response_url post.</summary>
internal sealed record ResponseMessage(
    [property: JsonPropertyName("response_type")] string? ResponseType,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("blocks")] IReadOnlyList<SlackBlock>? Blocks)
{
    [JsonPropertyName("replace_original")]
    public bool? ReplaceOriginal { get; init; }
}

internal sealed record PostMessageRequest(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("blocks")] IReadOnlyList<SlackBlock>? Blocks,
    [property: JsonPropertyName("thread_ts")] string? ThreadTs)
{
    [JsonPropertyName("unfurl_links")]
    public bool UnfurlLinks => false;

    [JsonPropertyName("unfurl_media")]
    public bool UnfurlMedia => false;

    [JsonPropertyName("link_names")]
    public bool LinkNames => false;
}

internal sealed record PostEphemeralRequest(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("user")] string User,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("blocks")] IReadOnlyList<SlackBlock>? Blocks,
    [property: JsonPropertyName("thread_ts")] string? ThreadTs);

internal sealed record ReactionRequest(
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("timestamp")] string Timestamp,
    [property: JsonPropertyName("name")] string Name);

/// <summary>The fields of Web API replies that this adapter reads (auth.test, apps.connections.open, errors).</summary>
internal sealed record ApiResponse(
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("error")] string? Error = null,
    [property: JsonPropertyName("user_id")] string? UserId = null,
    [property: JsonPropertyName("bot_id")] string? BotId = null,
    [property: JsonPropertyName("url")] string? Url = null);
