using System.Text.Json;
using Bot.Core.Answering;

namespace Bot.Slack.Tests;

public class SlackManifestBuilderTests
{
    [Fact]
    public void Build_WithoutUrl_IsSocketModeWithTheScopesAndOneCommand()
    {
        var manifest = JsonDocument.Parse(SlackManifestBuilder.Build(null)).RootElement;

        var scopes = manifest.GetProperty("oauth_config").GetProperty("scopes").GetProperty("bot").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal(["app_mentions:read", "chat:write", "commands", "reactions:write"], scopes);
        var commands = manifest.GetProperty("features").GetProperty("slash_commands").EnumerateArray().ToList();
        var command = Assert.Single(commands);
        Assert.Equal("/article", command.GetProperty("command").GetString());
        Assert.False(command.TryGetProperty("url", out _));
        var settings = manifest.GetProperty("settings");
        Assert.True(settings.GetProperty("socket_mode_enabled").GetBoolean());
        Assert.Equal("app_mention", Assert.Single(settings.GetProperty("event_subscriptions").GetProperty("bot_events").EnumerateArray()).GetString());
        Assert.False(settings.GetProperty("event_subscriptions").TryGetProperty("request_url", out _));
        Assert.True(settings.GetProperty("interactivity").GetProperty("is_enabled").GetBoolean());
    }

    [Fact]
    public void Build_WithUrl_PointsEveryRequestUrlAtTheBot()
    {
        var manifest = JsonDocument.Parse(SlackManifestBuilder.Build("https://bot.example.org/", "/news")).RootElement;

        var command = manifest.GetProperty("features").GetProperty("slash_commands")[0];
        Assert.Equal("/news", command.GetProperty("command").GetString());
        Assert.Equal("https://bot.example.org/slack/commands", command.GetProperty("url").GetString());
        var settings = manifest.GetProperty("settings");
        Assert.False(settings.GetProperty("socket_mode_enabled").GetBoolean());
        Assert.Equal("https://bot.example.org/slack/events", settings.GetProperty("event_subscriptions").GetProperty("request_url").GetString());
        Assert.Equal("https://bot.example.org/slack/interactivity", settings.GetProperty("interactivity").GetProperty("request_url").GetString());
    }

    [Fact]
    public void Build_UsageHintListsEverySubcommandOfTheCatalogue()
    {
        var manifest = JsonDocument.Parse(SlackManifestBuilder.Build(null)).RootElement;
        var hint = manifest.GetProperty("features").GetProperty("slash_commands")[0].GetProperty("usage_hint").GetString()!;

        Assert.All(CommandCatalog.All.Where(c => c.Name != CommandCatalog.Ask), c => Assert.Contains(c.Name, hint, StringComparison.Ordinal));
        Assert.Contains("who <person>", hint, StringComparison.Ordinal);
        Assert.Contains("timeline [filter]", hint, StringComparison.Ordinal);
        Assert.Contains("<question>", hint, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://example.org")]
    [InlineData("/relative")]
    public void Build_RefusesARequestUrlThatIsNotAbsoluteHttp(string url) =>
        Assert.Throws<ArgumentException>(() => SlackManifestBuilder.Build(url));
}
