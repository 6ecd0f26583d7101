using Bot.Slack.Wire;

namespace Bot.Slack.Handling;

/// <summary>What to send back for a slash command: a message, an empty acknowledgement (null message, the answer
/// follows on response_url), or a refusal with the reason.</summary>
internal sealed record SlashCommandResult(ResponseMessage? Message, string? Refusal = null)
{
    public static SlashCommandResult Refuse(string reason) => new(null, reason);
}
