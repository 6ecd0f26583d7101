namespace Bot.Slack;

/// <summary>Settings of section "Slack" (environment variables <c>Slack__BotToken</c> and so on).</summary>
public sealed class SlackOptions
{
    public const string SectionName = "Slack";

    /// <summary>The bot token (xoxb-) used for every Web API call.</summary>
    public string? BotToken { get; set; }

    /// <summary>The signing secret that HTTP-mode requests are verified with; without it every request is refused.</summary>
    public string? SigningSecret { get; set; }

    /// <summary>The app-level token (xapp-); when set, events arrive over Socket Mode and no public URL is needed.</summary>
    public string? AppToken { get; set; }

    public Uri ApiBaseUrl { get; set; } = new("https://slack.com/api/");

    /// <summary>The one slash command that carries every subcommand.</summary>
    public string Command { get; set; } = "/article";

    /// <summary>Whether a mention gets an "eyes" reaction while its answer is being built.</summary>
    public bool ReactWhileAnswering { get; set; } = true;

    public bool SocketMode => !string.IsNullOrWhiteSpace(AppToken);
}
