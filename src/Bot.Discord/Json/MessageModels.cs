using System.Text.Json.Serialization;

namespace Bot.Discord.Json;

internal sealed record AllowedMentions(
    [property: JsonPropertyName("parse")] IReadOnlyList<string> Parse,
    [property: JsonPropertyName("replied_user")] bool? RepliedUser = null)
{
    /// <summary>Nobody is pinged: not by article text, not by the question, not @everyone.</summary>
    public static AllowedMentions None { get; } = new([], false);
}

internal sealed record MessageReference(
    [property: JsonPropertyName("message_id")] string MessageId,
    [property: JsonPropertyName("fail_if_not_exists")] bool FailIfNotExists = false);

internal sealed record EmbedField(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("inline")] bool Inline = false);

internal sealed record EmbedFooter([property: JsonPropertyName("text")] string Text);

internal sealed record Embed(
    [property: JsonPropertyName("title")] string? Title,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("fields")] IReadOnlyList<EmbedField>? Fields,
    [property: JsonPropertyName("footer")] EmbedFooter? Footer,
    [property: JsonPropertyName("color")] int? Color = null);

internal sealed record Component(
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("components")] IReadOnlyList<Component>? Components = null,
    [property: JsonPropertyName("style")] int? Style = null,
    [property: JsonPropertyName("label")] string? Label = null,
    [property: JsonPropertyName("custom_id")] string? CustomId = null);

/// <summary>The body of create message, edit original response and followups: one shape for all three.</summary>
internal sealed record MessagePayload(
    [property: JsonPropertyName("content")] string? Content,
    [property: JsonPropertyName("embeds")] IReadOnlyList<Embed>? Embeds,
    [property: JsonPropertyName("allowed_mentions")] AllowedMentions AllowedMentions,
    [property: JsonPropertyName("components")] IReadOnlyList<Component>? Components = null,
    [property: JsonPropertyName("message_reference")] MessageReference? MessageReference = null,
    [property: JsonPropertyName("flags")] int? Flags = null);

internal sealed record DiscordUser(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("username")] string? Username = null,
    [property: JsonPropertyName("bot")] bool? Bot = null);

internal sealed record DiscordMessage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("channel_id")] string ChannelId,
    [property: JsonPropertyName("author")] DiscordUser? Author,
    [property: JsonPropertyName("content")] string? Content,
    [property: JsonPropertyName("mentions")] IReadOnlyList<DiscordUser>? Mentions,
    [property: JsonPropertyName("guild_id")] string? GuildId = null,
    [property: JsonPropertyName("webhook_id")] string? WebhookId = null);
