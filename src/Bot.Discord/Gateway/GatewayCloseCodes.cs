namespace Bot.Discord.Gateway;

internal static class GatewayCloseCodes
{
    /// <summary>What the bot sends to drop a connection but keep the session resumable (1000/1001 would end it).</summary>
    public const int ResumableClose = 4000;

    /// <summary>What the bot sends at shutdown: the session ends with the process.</summary>
    public const int NormalClosure = 1000;

    /// <summary>Reconnecting cannot fix these (bad token, shard or intents): the adapter stops with one error.</summary>
    public static bool IsFatal(int? code) => code is 4004 or (>= 4010 and <= 4014);

    /// <summary>The session is gone (bad sequence, timed out): reconnect and identify afresh.</summary>
    public static bool EndsSession(int? code) => code is 4007 or 4009;

    public static string Describe(int? code) => code switch
    {
        4004 => "authentication failed: Discord:BotToken is wrong or was reset",
        4010 => "invalid shard: check Discord:ShardId and Discord:ShardCount",
        4011 => "sharding required: the bot is in too many guilds for one shard; raise Discord:ShardCount",
        4012 => "invalid API version",
        4013 => "invalid intents",
        4014 => "disallowed intents: an intent the bot asked for is not enabled in the Developer Portal",
        null => "closed without a code",
        _ => "close code " + code.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
