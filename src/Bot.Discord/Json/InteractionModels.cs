using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord.Json;

internal static class InteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;
    public const int ModalSubmit = 5;
}

internal static class CallbackType
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int AutocompleteResult = 8;
}

internal sealed record InteractionOption(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("value")] JsonElement? Value = null,
    [property: JsonPropertyName("focused")] bool? Focused = null,
    [property: JsonPropertyName("options")] IReadOnlyList<InteractionOption>? Options = null)
{
    /// <summary>The value as text whatever its JSON type (autocomplete may send partial numbers as strings).</summary>
    public string Text => Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString() ?? "",
        { ValueKind: JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False } v => v.GetRawText(),
        _ => "",
    };
}

internal sealed record InteractionData(
    [property: JsonPropertyName("id")] string? Id = null,
    [property: JsonPropertyName("name")] string? Name = null,
    [property: JsonPropertyName("type")] int? Type = null,
    [property: JsonPropertyName("options")] IReadOnlyList<InteractionOption>? Options = null,
    [property: JsonPropertyName("custom_id")] string? CustomId = null,
    [property: JsonPropertyName("component_type")] int? ComponentType = null);

internal sealed record InteractionMember([property: JsonPropertyName("user")] DiscordUser? User);

internal sealed record Interaction(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("application_id")] string? ApplicationId,
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("token")] string? Token,
    [property: JsonPropertyName("data")] InteractionData? Data = null,
    [property: JsonPropertyName("guild_id")] string? GuildId = null,
    [property: JsonPropertyName("channel_id")] string? ChannelId = null,
    [property: JsonPropertyName("member")] InteractionMember? Member = null,
    [property: JsonPropertyName("user")] DiscordUser? User = null);

internal sealed record AutocompleteChoice(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("value")] string Value);

/// <summary>Callback data: message fields for types 4/5, choices for type 8.</summary>
internal sealed record InteractionCallbackData(
    [property: JsonPropertyName("content")] string? Content = null,
    [property: JsonPropertyName("embeds")] IReadOnlyList<Embed>? Embeds = null,
    [property: JsonPropertyName("allowed_mentions")] AllowedMentions? AllowedMentions = null,
    [property: JsonPropertyName("components")] IReadOnlyList<Component>? Components = null,
    [property: JsonPropertyName("flags")] int? Flags = null,
    [property: JsonPropertyName("choices")] IReadOnlyList<AutocompleteChoice>? Choices = null);

internal sealed record InteractionResponse(
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("data")] InteractionCallbackData? Data = null);

internal sealed record ErrorBody([property: JsonPropertyName("error")] string Error);
