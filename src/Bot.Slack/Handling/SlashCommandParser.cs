using Bot.Core.Answering;

namespace Bot.Slack.Handling;

/// <summary>Turns the text after "/article" (or after a mention) into a core request: the first word picks a
/// subcommand from the catalogue, anything else is a free question, nothing at all is help.</summary>
internal static class SlashCommandParser
{
    // "who is X?" and "who did X" are questions, not the who command with argument "is X".
    private static readonly HashSet<string> QuestionAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "did", "does", "do", "has", "had", "have", "will", "would", "can", "could",
        "should", "else", "first",
    };

    public static BotRequest Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
            return new BotRequest(CommandCatalog.Help, string.Empty);

        var space = trimmed.IndexOfAny([' ', '\t', '\n']);
        var first = (space < 0 ? trimmed : trimmed[..space]).TrimStart('/');
        var rest = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();

        if (CommandCatalog.Find(first) is not { } command)
            return BotRequest.Question(trimmed);
        if (command.Name == CommandCatalog.Ask)
            return rest.Length == 0 ? new BotRequest(CommandCatalog.Help, string.Empty) : BotRequest.Question(rest);

        // A command without options followed by more words ("about how many accounts?") is a question.
        if (command.Options.Count == 0 && rest.Length > 0)
            return BotRequest.Question(trimmed);
        var next = rest.Split(' ', 2)[0];
        if (command.Name == CommandCatalog.Who && QuestionAuxiliaries.Contains(next))
            return BotRequest.Question(trimmed);
        if (rest.EndsWith('?') && command.Name != CommandCatalog.Who)
            return BotRequest.Question(trimmed);

        return new BotRequest(command.Name, rest);
    }
}
