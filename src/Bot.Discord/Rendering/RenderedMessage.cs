using Bot.Discord.Json;

namespace Bot.Discord.Rendering;

/// <summary>One Discord message's worth of an answer, within every Discord limit.</summary>
internal sealed record RenderedMessage(IReadOnlyList<Embed> Embeds, IReadOnlyList<Component>? Components, string? Content = null)
{
    public MessagePayload ToPayload(MessageReference? reply = null, int? flags = null) =>
        new(Content, Embeds, AllowedMentions.None, Components, reply, flags);

    public InteractionCallbackData ToCallbackData(int? flags = null) =>
        new(Content, Embeds, AllowedMentions.None, Components, flags);
}
