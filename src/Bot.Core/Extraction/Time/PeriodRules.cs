using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Facts;

namespace Bot.Core.Extraction.Time;

/// <summary>Seasons, quarters and halves: "last fall", "the summer of 2021", "the first quarter", "Q3 2021",
/// "the second half of 2020".</summary>
internal static partial class PeriodRules
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    private static readonly SearchValues<string> SeasonWords = SearchValues.Create(
        ["spring", "summer", "autumn", "fall", "winter"], StringComparison.OrdinalIgnoreCase);

    // "Q3" and "2nd half" need a digit; the other quarters and halves need one of these.
    private static readonly SearchValues<string> OrdinalWords = SearchValues.Create(
        ["first", "second", "third", "fourth", "final", "last"], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string> SeasonLeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "during", "by", "until", "since", "through", "over", "throughout", "before", "after", "this", "that",
    };

    public static void Collect(TagContext context)
    {
        for (var m = context.FirstMatch(Season(), context.Mentions(SeasonWords)); m.Success; m = m.NextMatch())
        {
            AddSeason(context, m);
        }

        for (var m = context.FirstMatch(Quarter(), context.HasDigit || context.Mentions(OrdinalWords)); m.Success; m = m.NextMatch())
        {
            AddQuarter(context, m);
        }
    }

    private static void AddSeason(TagContext context, Match m)
    {
        var season = m.Groups["season"].Value;
        var relative = m.Groups["rel"].Success ? m.Groups["rel"].Value.ToLowerInvariant() : null;
        var year = m.Groups["year"];
        var order = TimexLexicon.SeasonOrder(season);
        // A bare season name is a date only when introduced ("in the summer"); "fall" also needs "the", being a verb.
        var isFall = season.Equals("fall", StringComparison.OrdinalIgnoreCase);
        var introduced = SeasonLeaders.Contains(context.WordBefore(MatchSpan.Start(m))) && (!isFall || m.Groups["the"].Success);
        if (relative is null && !year.Success && !introduced)
        {
            return;
        }

        var (start, end) = (MatchSpan.Start(m), MatchSpan.End(m));
        if (year.Success)
        {
            var y = int.Parse(year.ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            context.Add(start, end, TimexType.Date, TimexCalendar.Season((y * 4) + order), DateStatus.Stated);
            return;
        }

        if (context.Anchor is not { } anchor)
        {
            context.Add(start, end, TimexType.Date, "XXXX-" + TimexCalendar.Season(order)[5..], DateStatus.Unresolved);
            return;
        }

        var index = TimexCalendar.ResolveSeason(order, anchor, context.TenseAt(start, end), relative);
        context.Add(start, end, TimexType.Date, TimexCalendar.Season(index), DateStatus.Inferred);
    }

    private static void AddQuarter(TagContext context, Match m)
    {
        var (start, end) = (MatchSpan.Start(m), MatchSpan.End(m));
        var ordinal = m.Groups["ord"].Value.ToLowerInvariant();
        var code = m.Groups["code"];
        var half = m.Groups["unit"].Value.Equals("half", StringComparison.OrdinalIgnoreCase) || (code.Success && char.ToUpperInvariant(code.Value[0]) == 'H');
        var year = m.Groups["year"];
        if (!code.Success && (ordinal is "last" or "final" or "" || (half && !year.Success)))
        {
            return;
        }

        var number = code.Success ? code.Value[1] - '0' : ordinal[0] switch
        {
            'f' when ordinal.StartsWith("fi", StringComparison.Ordinal) && ordinal != "fourth" => 1,
            '1' => 1,
            's' or '2' => 2,
            't' or '3' => 3,
            _ => 4,
        };
        if (half && number > 2)
        {
            return;
        }

        int y;
        var status = DateStatus.Stated;
        if (year.Success)
        {
            y = int.Parse(year.ValueSpan[^4..], NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else if (context.Anchor is { } anchor)
        {
            y = anchor.Year;
            status = DateStatus.Inferred;
        }
        else
        {
            context.Add(start, end, TimexType.Date, (half ? "XXXX-H" : "XXXX-Q") + number.ToString(CultureInfo.InvariantCulture), DateStatus.Unresolved);
            return;
        }

        var value = half ? string.Create(CultureInfo.InvariantCulture, $"{y:D4}-H{number}") : TimexCalendar.Quarter(y, number);
        context.Add(start, end, TimexType.Date, value, status);
    }

    [GeneratedRegex(
        "\\b(?=spring|summer|autumn|fall|winter)(?<=(?:\\b(?<mod>early|late|mid)[\\s-]+)?(?:\\b(?<the>the)\\s+)?(?:\\b(?<rel>last|next|this|coming|past)\\s+)?)"
        + "\\b(?<season>spring|summer|autumn|fall|winter)(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d\\d))?(?![\\w-])",
        Options)]
    private static partial Regex Season();

    [GeneratedRegex(
        "\\b(?=first|second|third|fourth|final|last|1st|2nd|3rd|4th|q[1-4]|h[12])(?<=(?:\\b(?<the>the)\\s+)?)\\b(?:(?<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\\s-]+(?:(?:fiscal|calendar)\\s+)?"
        + "(?<unit>quarter|half)(?:\\s+of\\s+(?:the\\s+)?(?:(?:fiscal|calendar)\\s+)?(?:year\\s+)?(?<year>(?:19|20)\\d\\d))?"
        + "|(?<code>Q[1-4]|H[12])(?:\\s*(?<year>(?:19|20)\\d\\d))?)\\b",
        Options)]
    private static partial Regex Quarter();
}
