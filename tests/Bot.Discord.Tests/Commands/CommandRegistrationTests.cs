using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Bot.Discord.Commands;
using Bot.Discord.Tests.Fakes;

namespace Bot.Discord.Tests.Commands;

public sealed class CommandRegistrationTests
{
    [Fact]
    public async Task Start_RegistersTheCatalogueOnceWithValidShapes()
    {
        await using var api = await FakeDiscordApi.StartAsync();
        await using var host = await StartAsync(api, guildId: null);

        await host.Hosted<CommandRegistrar>().ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(20));

        var put = Assert.Single(api.Matching("PUT", ""));
        Assert.Equal($"applications/{DiscordTestHost.ApplicationId}/commands", put.Path);
        Assert.Equal("Bot " + DiscordTestHost.Token, put.Headers["Authorization"]);
        Assert.Matches(@"^DiscordBot \(https?://\S+, \d+\.\d+\.\d+\)$", put.Headers["User-Agent"]);
        Assert.StartsWith("application/json", put.Headers["Content-Type"], StringComparison.Ordinal);
        var commands = JsonNode.Parse(put.Body)!.AsArray();
        Assert.Equal(["ask", "who", "timeline", "sources", "about", "help"], commands.Select(c => (string)c!["name"]!));
        foreach (var command in commands)
        {
            Assert.Matches(new Regex(@"^[-_'\p{L}\p{N}]{1,32}$"), (string)command!["name"]!);
            Assert.InRange(((string)command["description"]!).Length, 1, 100);
            Assert.Equal(1, (int)command["type"]!);
            foreach (var option in command["options"]!.AsArray())
            {
                Assert.Equal(3, (int)option!["type"]!);
                Assert.Null(option["choices"]);
            }
        }

        Assert.True((bool)commands[1]!["options"]![0]!["autocomplete"]!);
        Assert.Single(api.Matching("GET", "applications/"));
    }

    [Fact]
    public async Task Start_SendsNothingWhenDiscordAlreadyHasTheSameCommands()
    {
        await using var api = await FakeDiscordApi.StartAsync();
        var registered = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(
            CommandPayloads.From(Bot.Core.Answering.CommandCatalog.All), Bot.Discord.Json.DiscordJsonContext.Default.ListApplicationCommand))!.AsArray();
        foreach (var command in registered)
        {
            command!["id"] = "123";
            command["application_id"] = DiscordTestHost.ApplicationId;
            command["version"] = "456";
            command["contexts"] = null;
        }

        api.RegisteredCommandsJson = registered.ToJsonString();
        await using var host = await StartAsync(api, guildId: "290926798626357999");

        await host.Hosted<CommandRegistrar>().ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(20));

        var get = Assert.Single(api.Requests);
        Assert.Equal($"applications/{DiscordTestHost.ApplicationId}/guilds/290926798626357999/commands", get.Path);
        Assert.Empty(api.Matching("PUT", ""));
    }

    [Fact]
    public async Task Start_KeepsRunningWhenRegistrationFails()
    {
        await using var api = await FakeDiscordApi.StartAsync();
        api.Overrides.Enqueue(c => FakeDiscordApi.Json(c, 403, """{"message":"Missing Access","code":50001}"""));
        await using var host = await StartAsync(api, guildId: null);

        await host.Hosted<CommandRegistrar>().ExecuteTask!.WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Empty(api.Matching("PUT", ""));
        Assert.Contains(host.Logs.Entries, e => e.Id.Id == 4012 && e.Exception!.Message.Contains("403", StringComparison.Ordinal));
        Assert.DoesNotContain(DiscordTestHost.Token, host.Logs.AllText(), StringComparison.Ordinal);
    }

    private static Task<DiscordTestHost> StartAsync(FakeDiscordApi api, string? guildId) =>
        DiscordTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:BotToken"] = DiscordTestHost.Token,
            ["Discord:ApplicationId"] = DiscordTestHost.ApplicationId,
            ["Discord:GuildId"] = guildId,
            ["Discord:Gateway"] = "false",
            ["Discord:ApiBaseUrl"] = api.BaseUrl,
        }, new FakeAnswerer());
}
