namespace Bot.Slack.Api;

/// <summary>Who the bot is in the workspace (from auth.test), so it can ignore itself and strip its own mention.</summary>
internal sealed class SlackBotIdentity
{
    private volatile Identity? identity;

    public string? UserId => identity?.UserId;

    public string? BotId => identity?.BotId;

    public void Set(string? userId, string? botId) => identity = new Identity(userId, botId);

    private sealed record Identity(string? UserId, string? BotId);
}
