namespace Bot.Core.Telemetry;

/// <summary>The one meter every ArticleBot instrument belongs to; a host exports it by this name.</summary>
public static class BotMeter
{
    public const string Name = "ArticleBot";
}
