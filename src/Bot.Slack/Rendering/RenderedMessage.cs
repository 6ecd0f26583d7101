using Bot.Slack.Wire;

namespace Bot.Slack.Rendering;

/// <param name="Text">The plain fallback used for notifications; already escaped.</param>
internal sealed record RenderedMessage(string Text, IReadOnlyList<SlackBlock> Blocks);
