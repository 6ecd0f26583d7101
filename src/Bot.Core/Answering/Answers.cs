using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>The answers that are the same for every article: refusals, unknown commands, not found.</summary>
internal static class Answers
{
    public const string RelatedLabel = "Related, but not an answer";

    public static Answer Empty(string query) =>
        new(AnswerKind.General, query, false, "Ask me something about the article, or type /help to see what I can do.", [], []);

    public static Answer TooLong(string query) =>
        new(AnswerKind.Refused, Shorten(query), false, $"That message is too long; please keep it under {CommandRouter.MaxMessageLength:N0} characters.", [], []);

    public static Answer UnknownCommand(string command, string query) =>
        new(AnswerKind.UnknownCommand, query, false, $"I don't know the command /{command}. Type /help to see the commands I know.", [], []);

    public static Answer Unavailable(string query) =>
        new(AnswerKind.Unavailable, query, false, "The article isn't loaded yet, so I can't answer. Please try again in a moment.", [], []);

    public static Answer Unverified(string query) =>
        new(AnswerKind.Unverified, query, false, "I couldn't verify that answer against the article's sentences, so I won't send it. Please try asking another way.", [], []);

    /// <summary>"The article doesn't say ...", offering the closest sentence clearly marked as only related.</summary>
    public static Answer NotFound(string query, string what, Citation? related)
    {
        var text = $"The article doesn't say {what}.";
        if (related is null)
        {
            return new Answer(AnswerKind.NotFound, query, false, text, [], []);
        }

        var item = new AnswerItem(RelatedLabel, related.Text, [related]);
        return new Answer(AnswerKind.NotFound, query, false, text + " The closest related sentence is below.", [item], []);
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 77), "...");
}
