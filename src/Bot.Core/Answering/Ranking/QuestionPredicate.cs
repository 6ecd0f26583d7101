using System.Collections.Frozen;
using Bot.Core.Answering.Typing;
using Bot.Core.Search;

namespace Bot.Core.Answering.Ranking;

/// <summary>The event a "when" or "where" question asks about, as a search stem: "endors" of "when did Sanders
/// endorse Clinton", "start" of "when did the IRS start auditing Trump". A sentence that dates another event ("Sanders
/// offered advice on Friday") holds a date but does not answer.</summary>
internal static class QuestionPredicate
{
    private static readonly FrozenSet<string> Openers = new[] { "when", "where", "what", "which" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners =
        new[] { "the", "a", "an", "his", "her", "its", "their", "this", "that", "these", "those", "'s", "first", "last", "exactly" }
            .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The stem of the first word after the auxiliary and its subject that is neither a name of the article
    /// nor a determiner; null when the question has no "when did ..." shape.</summary>
    public static string? Of(string question, Func<string, bool> isName)
    {
        var tokens = QuestionTokens.Of(question);
        var aux = tokens.FindIndex(t => AnswerTypeWords.Auxiliaries.Contains(t));
        if (aux < 1 || !Openers.Contains(tokens[0]) || aux > 3)
        {
            return null;
        }

        for (var i = aux + 1; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (Determiners.Contains(token) || isName(token) || token.Any(char.IsDigit))
            {
                continue;
            }

            return EnglishTerms.Analyze(token) is [var stem] ? stem : null;
        }

        return null;
    }
}
