namespace Bot.Slack.Rendering;

/// <summary>Block Kit limits for one message.</summary>
internal static class SlackLimits
{
    public const int MaxBlocks = 50;
    public const int MaxSectionText = 3000;
    public const int MaxContextElements = 10;
    public const int MaxCitationText = 1000;
    public const int MaxFallbackText = 3000;
    public const int MaxButtonValue = 2000;
}
