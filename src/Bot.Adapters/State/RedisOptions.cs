namespace Bot.Adapters.State;

/// <summary>The "Redis" section: where replicas keep their shared state. Unset means memory (one process).</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis:6379,password=...</c>.</summary>
    public string? Configuration { get; set; }

    /// <summary>Put in front of every key, so several bots (or articles) can share one Redis.</summary>
    public string KeyPrefix { get; set; } = "articlebot:";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
