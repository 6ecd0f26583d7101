using Microsoft.Extensions.Configuration;

namespace Bot.Discord.Tests;

public sealed class DiscordOptionsTests
{
    private const string Key = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    [Fact]
    public void Validate_AcceptsAFullValidConfiguration()
    {
        var options = new DiscordOptions { BotToken = "abc.def", ApplicationId = "1100000000000000001", PublicKey = Key, GuildId = "290926798626357999", ShardId = 1, ShardCount = 2 };

        Assert.True(new DiscordOptionsValidator().Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("PublicKey", "abc", "64 hexadecimal")]
    [InlineData("PublicKey", "zz5a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", "64 hexadecimal")]
    [InlineData("ApplicationId", "my-app", "snowflake")]
    [InlineData("ApplicationId", "0", "snowflake")]
    [InlineData("GuildId", "guild", "snowflake")]
    [InlineData("ShardId", "2", "less than Discord:ShardCount")]
    [InlineData("ShardCount", "0", "at least 1")]
    [InlineData("ApiBaseUrl", "discord.com/api", "absolute")]
    [InlineData("BotToken", "Bot abc", "without the \"Bot \" prefix")]
    public void Validate_ExplainsEachBadSetting(string key, string value, string message)
    {
        var options = new DiscordOptions { BotToken = "abc", ApplicationId = "1100000000000000001", ShardCount = 2 };
        typeof(DiscordOptions).GetProperty(key)!.SetValue(options, key.StartsWith("Shard", StringComparison.Ordinal) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value);

        var result = new DiscordOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RequiresApplicationIdToRegisterCommands()
    {
        var result = new DiscordOptionsValidator().Validate(null, new DiscordOptions { BotToken = "abc" });

        Assert.Contains("Discord:ApplicationId is required", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(new DiscordOptionsValidator().Validate(null, new DiscordOptions { BotToken = "abc", RegisterCommands = false }).Succeeded);
    }

    [Theory]
    [InlineData(null, null, false)]
    [InlineData("token", null, true)]
    [InlineData(null, Key, true)]
    [InlineData("  ", "", false)]
    public void IsDiscordConfigured_NeedsTokenOrPublicKey(string? token, string? publicKey, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = token,
            ["Discord:PublicKey"] = publicKey,
        }).Build();

        Assert.Equal(expected, DiscordHostingExtensions.IsDiscordConfigured(configuration));
    }

    [Theory]
    [InlineData("t", null, true)]
    [InlineData("t", "false", false)]
    [InlineData(null, "true", false)]
    public void GatewayEnabled_DefaultsToOnWhenATokenIsSet(string? token, string? gateway, bool expected)
    {
        var options = new DiscordOptions { BotToken = token, Gateway = gateway is null ? null : bool.Parse(gateway) };

        Assert.Equal(expected, options.GatewayEnabled);
    }
}
