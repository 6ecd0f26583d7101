namespace Bot.Core.Answering;

/// <summary>The one parser of typed text, shared by the console, Discord and Slack, so the same words are the same
/// request everywhere. A leading catalogue command word is that command, with or without its slash; "who is X?",
/// "about how many ...?" and other questions that merely start with a command word stay questions.</summary>
public static class RequestParser
{
    // "who is X?" and "who did X" are questions, not the who command with argument "is X".
    private static readonly HashSet<string> QuestionAuxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "did", "does", "do", "has", "had", "have", "will", "would", "can", "could",
        "should", "else", "first",
    };

    /// <summary>The request the text asks for, with platform mentions and broadcast tokens removed. With a slash
    /// the first word is always the command, known or not
    /// ("/foo" is the unknown command foo); without one it is a command only when the rest reads as that command's
    /// argument rather than a question. Nothing at all is the help command.</summary>
    public static BotRequest Parse(string? text)
    {
        // Mentions and broadcast tokens are not part of what is asked, and must never be echoed back.
        var trimmed = text is null ? string.Empty
            : text.AsSpan().IndexOfAny('<', '@') >= 0 ? Normalizing.PlatformMentions.Strip(text) : text.Trim();
        if (trimmed.Length == 0)
        {
            return new BotRequest(CommandCatalog.Help, string.Empty);
        }

        var end = 0;
        while (end < trimmed.Length && !char.IsWhiteSpace(trimmed[end]))
        {
            end++;
        }

        var first = trimmed[..end];
        var rest = trimmed[end..].Trim();
        if (first.StartsWith('/'))
        {
            return new BotRequest(first[1..].ToLowerInvariant(), rest);
        }

        if (CommandCatalog.Find(first) is not { } command)
        {
            return BotRequest.Question(trimmed);
        }

        if (command.Name == CommandCatalog.Ask)
        {
            return BotRequest.Question(rest);
        }

        // A command without options followed by more words ("about how many accounts?") is a question, and so
        // is anything asked with a question mark ("timeline of events before 2020?", "who said it first?").
        if ((command.Options.Count == 0 && rest.Length > 0) || rest.EndsWith('?'))
        {
            return BotRequest.Question(trimmed);
        }

        // "who Zhao Lijian" and "who said X" are the command; "who took part in the talks" is a reader's question.
        var next = rest.Split(' ', 2)[0];
        var question = command.Name == CommandCatalog.Who
            && next.Length > 0
            && (QuestionAuxiliaries.Contains(next) || (!char.IsUpper(next[0]) && !next.Equals("said", StringComparison.OrdinalIgnoreCase)));
        return question ? BotRequest.Question(trimmed) : new BotRequest(command.Name, rest);
    }
}
