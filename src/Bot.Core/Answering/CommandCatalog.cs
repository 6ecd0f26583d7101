namespace Bot.Core.Answering;

/// <summary>The one list of commands that the console, Discord and Slack all offer.</summary>
public static class CommandCatalog
{
    public const string Ask = "ask";
    public const string Who = "who";
    public const string Timeline = "timeline";
    public const string Sources = "sources";
    public const string About = "about";
    public const string Help = "help";

    public static IReadOnlyList<CommandDefinition> All { get; } =
    [
        new(Ask, "Ask a question about the article", "/ask When did Bloomberg publish its report?",
            [new("question", "Your question in plain English", Required: true, Autocomplete: false)]),
        new(Who, "Who said what, or who someone is", "/who Zhao Lijian  or  /who said coordinated inauthentic behavior",
            [new("person", "A person or group, or \"said <phrase>\" to find who said it", Required: true, Autocomplete: true)]),
        new(Timeline, "The article's dated events in order", "/timeline BuzzFeed",
            [new("filter", "Only events involving a name, an outlet or a year", Required: false, Autocomplete: true)]),
        new(Sources, "Who and what the article relies on", "/sources survey",
            [new("filter", "Only sources matching a name or kind", Required: false, Autocomplete: true)]),
        new(About, "Title, outlet, date and what the article contains", "/about", []),
        new(Help, "The commands, with an example each", "/help", []),
    ];

    public static CommandDefinition? Find(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));
}
