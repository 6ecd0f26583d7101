using Bot.Slack.Wire;

namespace Bot.Slack.Rendering;

/// <param name="RestatedQuestion">Shown above the answer, since Slack does not show a slash command's text.</param>
/// <param name="Share">When set, a "Share in channel" button carries this request.</param>
/// <param name="SharedBy">A Slack user id, for "shared by" on reposted answers.</param>
internal sealed record RenderOptions(
    string? RestatedQuestion = null,
    ShareValue? Share = null,
    string? SharedBy = null);
