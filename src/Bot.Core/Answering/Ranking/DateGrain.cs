using System.Text.RegularExpressions;

namespace Bot.Core.Answering.Ranking;

/// <summary>How exact a date the question asks for, set against the date phrase a sentence offers: "what year did
/// they divorce" is not answered by "earlier this month", nor "what date exactly" by "yesterday".</summary>
internal static partial class DateGrain
{
    public enum Grain
    {
        Any,
        Year,
        CalendarDay,
    }

    public static Grain Of(string foldedQuestion) =>
        YearAsked().IsMatch(foldedQuestion) ? Grain.Year : ExactAsked().IsMatch(foldedQuestion) ? Grain.CalendarDay : Grain.Any;

    /// <summary>1 when the phrase is coarser than the grain asked for; 0 when it is fine enough or nothing was asked.</summary>
    public static float Unmet(Grain grain, string phrase) => grain switch
    {
        Grain.Year => YearIn().IsMatch(phrase) ? 0 : 1,
        Grain.CalendarDay => phrase.Any(char.IsDigit) ? 0 : 1,
        _ => 0,
    };

    [GeneratedRegex(@" (?:what|which) year ", RegexOptions.CultureInvariant)]
    private static partial Regex YearAsked();

    [GeneratedRegex(@" (?:exactly|what date|which date|exact date) ", RegexOptions.CultureInvariant)]
    private static partial Regex ExactAsked();

    [GeneratedRegex(@"\b(?:1[6-9]|20)\d\d(?:s)?\b|'\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearIn();
}
