using System.Text.RegularExpressions;

namespace Bot.Core.Extraction.Time;

/// <summary>Spans of rule matches. The rules keep optional leading words ("the", "last", "early", a count) in a
/// look-behind so the regex engine can jump straight to the distinctive word (a month, a unit); the expression
/// then starts at the earliest group the look-behind captured.</summary>
internal static class MatchSpan
{
    public static int Start(Match m)
    {
        var start = m.Index;
        for (var i = 1; i < m.Groups.Count; i++)
        {
            if (m.Groups[i].Success && m.Groups[i].Index < start)
            {
                start = m.Groups[i].Index;
            }
        }

        return start;
    }

    public static int End(Match m) => m.Index + m.Length;

    /// <summary>The start of the first of the named groups that matched, else of the match.</summary>
    public static int FirstOf(Match m, params string[] groups)
    {
        foreach (var name in groups)
        {
            if (m.Groups[name] is { Success: true } g)
            {
                return g.Index;
            }
        }

        return Start(m);
    }
}
