using System.Text.RegularExpressions;
using Bot.Core.Extraction.Entities;

namespace Bot.Core.Answering.Ranking;

/// <summary>The time a question pins its fact to ("in July", "in 1994", "last year"), read as words by kind:
/// a sentence that names another time of the same kind ("In August", "this year") states another fact, the near
/// miss a question about July set against an article about August.</summary>
internal static partial class TimeConstraint
{
    /// <summary>0 when the question pins no time or the text holds the time it pins; 1 when the text names only
    /// other times of the same kind; 0.5 when the text names no time of that kind.</summary>
    public static float Unmet(IReadOnlyList<(string Kind, string Word)> pinned, string foldedText)
    {
        if (pinned.Count == 0)
        {
            return 0;
        }

        var held = Of(foldedText, forQuestion: false);
        if (pinned.All(p => held.Contains(p)))
        {
            return 0;
        }

        return pinned.Any(p => !held.Contains(p) && held.Any(h => h.Kind == p.Kind)) ? 1 : 0.5f;
    }

    /// <summary>The times <paramref name="folded"/> (lower case) names: years, months, weekdays, and last/this/next
    /// with a unit. A question's "may" and "march" are verbs more often than months, so they do not pin a time.</summary>
    public static IReadOnlyList<(string Kind, string Word)> Of(string folded, bool forQuestion = true)
    {
        var times = new List<(string Kind, string Word)>();
        foreach (Match m in TimeWordRule().Matches(folded))
        {
            var word = m.Value;
            if (m.Groups["year"].Success)
            {
                times.Add(("year", word));
            }
            else if (m.Groups["relative"].Success)
            {
                times.Add(("relative " + m.Groups["unit"].Value, m.Groups["which"].Value));
            }
            else if (EntityLexicon.Months.Contains(word) && !(forQuestion && word is "may" or "march"))
            {
                times.Add(("month", word[..3]));
            }
            else if (EntityLexicon.Weekdays.Contains(word))
            {
                times.Add(("weekday", word));
            }
        }

        return times;
    }

    [GeneratedRegex(@"\b(?:(?<year>(?:19|20)\d\d)|(?<relative>(?<which>last|this|next)\s(?<unit>year|month|week|season|weekend))|\p{L}+)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimeWordRule();
}
