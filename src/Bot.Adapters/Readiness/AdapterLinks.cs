namespace Bot.Adapters.Readiness;

/// <summary>The names of the links adapters report, shared by the adapter that owns one and the tests.</summary>
internal static class AdapterLinks
{
    public const string DiscordGateway = "discord-gateway";
    public const string DiscordInteractions = "discord-interactions";
    public const string SlackSocketMode = "slack-socket-mode";
    public const string SlackApi = "slack-api";
}
