using System.Text.Json;
using Bot.Core.Answering;
using Bot.Discord.Commands;
using Bot.Discord.Json;

namespace Bot.Discord.Tests.Commands;

public sealed class CommandPayloadsTests
{
    [Theory]
    [InlineData("who", true)]
    [InlineData("time-line_2", true)]
    [InlineData("ก", true)]
    [InlineData("Who", false)]
    [InlineData("two words", false)]
    [InlineData("", false)]
    [InlineData("abcdefghijklmnopqrstuvwxyzabcdefg", false)]
    [InlineData("slash/", false)]
    public void IsValidName_FollowsDiscordNamingRule(string name, bool valid) =>
        Assert.Equal(valid, CommandPayloads.IsValidName(name));

    [Fact]
    public void From_CatalogueGivesValidChatInputCommands()
    {
        var commands = CommandPayloads.From(CommandCatalog.All);

        Assert.Equal(CommandCatalog.All.Select(c => c.Name), commands.Select(c => c.Name));
        Assert.All(commands, c =>
        {
            Assert.Equal(1, c.Type);
            Assert.InRange(c.Description.Length, 1, 100);
            Assert.All(c.Options!, o =>
            {
                Assert.Equal(3, o.Type);
                Assert.True(CommandPayloads.IsValidName(o.Name));
                Assert.InRange(o.Description.Length, 1, 100);
            });
        });
        var autocompleted = commands.SelectMany(c => c.Options!.Where(o => o.Autocomplete == true).Select(o => c.Name + "/" + o.Name));
        Assert.Equal(["who/person", "timeline/filter", "sources/filter"], autocompleted);
    }

    [Fact]
    public void From_TruncatesLongDescriptionsAndSkipsInvalidNames()
    {
        var catalog = new[]
        {
            new CommandDefinition("ok", new string('d', 150), "/ok", [new CommandOption("text", "", true, false)]),
            new CommandDefinition("not valid", "x", "/x", []),
        };

        var command = Assert.Single(CommandPayloads.From(catalog));

        Assert.Equal(100, command.Description.Length);
        Assert.Equal("text", Assert.Single(command.Options!).Description);
    }

    [Fact]
    public void AreSame_IgnoresFieldsDiscordAddsButSeesChanges()
    {
        var wanted = CommandPayloads.From(CommandCatalog.All);
        var json = JsonSerializer.Serialize(wanted, DiscordJsonContext.Default.ListApplicationCommand);
        using var document = JsonDocument.Parse(json);
        // What GET returns: ids, versions and defaults next to our fields.
        var decorated = "[" + string.Join(',', document.RootElement.EnumerateArray().Select((c, i) =>
            "{\"id\":\"10" + i + "\",\"application_id\":\"1\",\"version\":\"2\",\"default_member_permissions\":null,\"nsfw\":false," + c.GetRawText()[1..])) + "]";
        var registered = JsonSerializer.Deserialize(decorated, DiscordJsonContext.Default.ListApplicationCommand)!;

        Assert.True(CommandPayloads.AreSame(registered, wanted));
        Assert.False(CommandPayloads.AreSame(registered[1..], wanted));
        var changed = registered.Select((c, i) => i == 0 ? c with { Description = "old text" } : c).ToList();
        Assert.False(CommandPayloads.AreSame(changed, wanted));
        var noAutocomplete = registered.Select(c => c with { Options = c.Options?.Select(o => o with { Autocomplete = null }).ToList() }).ToList();
        Assert.False(CommandPayloads.AreSame(noAutocomplete, wanted));
    }
}
