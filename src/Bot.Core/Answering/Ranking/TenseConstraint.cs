using System.Text.RegularExpressions;
using Bot.Core.Facts;

namespace Bot.Core.Answering.Ranking;

/// <summary>The tense a "when" question asks in, set against the dates a sentence gives: "when will Suu Kyi visit
/// again" is not answered by the Wednesday she visited, a near miss that shares every word with the question.</summary>
internal static partial class TenseConstraint
{
    /// <summary>Whether the question asks of what is to come, of what was, or neither.</summary>
    public static int Of(string foldedQuestion) =>
        Future().IsMatch(foldedQuestion) ? 1 : Past().IsMatch(foldedQuestion) ? -1 : 0;

    /// <summary>1 when every date is on the wrong side of publication for the tense; 0 otherwise, and when the
    /// question has no tense, the article no date, or the sentence no placed date.</summary>
    public static float Unmet(int tense, ArticleDate? published, IReadOnlyList<ArticleDate> dates)
    {
        if (tense == 0 || published is not { } now || dates.Count == 0)
        {
            return 0;
        }

        return tense > 0
            ? dates.All(d => d.End < now.Start) ? 1 : 0
            : dates.All(d => d.Start > now.End) ? 1 : 0;
    }

    [GeneratedRegex(@" (?:will|shall|going to|gonna|next|expected to|scheduled to|due to|plan to|plans to) ", RegexOptions.CultureInvariant)]
    private static partial Regex Future();

    [GeneratedRegex(@" (?:did|was|were|had) ", RegexOptions.CultureInvariant)]
    private static partial Regex Past();
}
