using System.Text.Json.Serialization;

namespace Bot.Slack.Wire;

// Block Kit blocks; Slack picks the kind by "type", so the hierarchy is polymorphic on that property.
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
internal abstract record SlackBlock;

internal sealed record SectionBlock([property: JsonPropertyName("text")] TextObject Text) : SlackBlock;

internal sealed record ContextBlock([property: JsonPropertyName("elements")] IReadOnlyList<TextObject> Elements) : SlackBlock;

internal sealed record ActionsBlock([property: JsonPropertyName("elements")] IReadOnlyList<ButtonElement> Elements) : SlackBlock;

internal sealed record DividerBlock : SlackBlock;

internal sealed record TextObject(
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("text")] string Text)
{
    public static TextObject Markdown(string text) => new("mrkdwn", text);

    public static TextObject Plain(string text) => new("plain_text", text);
}

internal sealed record ButtonElement(
    [property: JsonPropertyName("text")] TextObject Text,
    [property: JsonPropertyName("action_id")] string ActionId,
    [property: JsonPropertyName("value")] string Value)
{
    [JsonPropertyName("type")]
    public string Type => "button";
}
