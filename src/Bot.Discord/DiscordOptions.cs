namespace Bot.Discord;

/// <summary>Settings from the "Discord" configuration section (environment variables <c>Discord__Name</c>).</summary>
public sealed class DiscordOptions
{
    public const string SectionName = "Discord";
    public const string DefaultApiBaseUrl = "https://discord.com/api/v10";

    /// <summary>The bot token; enables REST calls, command registration and the gateway. Never logged.</summary>
    public string? BotToken { get; set; }

    /// <summary>The application's snowflake id; needed to register commands.</summary>
    public string? ApplicationId { get; set; }

    /// <summary>The application's Ed25519 public key in hex; enables the HTTP interactions endpoint.</summary>
    public string? PublicKey { get; set; }

    /// <summary>Register commands in this guild only (updates instantly) instead of globally.</summary>
    public string? GuildId { get; set; }

    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Connect to the gateway; defaults to true when a token is set.</summary>
    public bool? Gateway { get; set; }

    public bool RegisterCommands { get; set; } = true;

    public int ShardId { get; set; }

    public int ShardCount { get; set; } = 1;

    /// <summary>The URL that Discord's required <c>User-Agent: DiscordBot (url, version)</c> header names.</summary>
    public string ProjectUrl { get; set; } = "https://github.com/articlebot/articlebot";

    internal bool HasToken => !string.IsNullOrWhiteSpace(BotToken);

    internal bool GatewayEnabled => HasToken && (Gateway ?? true);

    internal bool RegistrationEnabled => HasToken && RegisterCommands;
}
