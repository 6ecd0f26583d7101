using System.Text.RegularExpressions;

namespace Bot.Core.Extraction.Sourcing;

/// <summary>Occasions at which things are said: press conferences, briefings, interviews, hearings, rallies,
/// statements. They tell where something was said, never who said it, so none is a source.</summary>
internal static partial class PressConferences
{
    // One row per occasion noun; a phrase is an occasion when its head is one ("a customary public interview").
    private static readonly string[] Nouns =
    [
        "press conference",
        "news conference",
        "press briefing",
        "news briefing",
        "briefing",
        "interview",
        "hearing",
        "rally",
        "statement",
        "speech",
        "debate",
        "ceremony",
        "summit",
        "town hall",
        "session",
        "testimony",
        "event",
        "meeting",
        "webinar",
        "podcast",
    ];

    private static readonly Regex Head = new(
        $@"\b(?:{string.Join('|', Nouns.Select(Regex.Escape))})(?:s|es)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>True when the head of <paramref name="phrase"/> is an occasion noun: "a briefing", "Tuesday's hearing
    /// of the committee", but not "people at the meeting".</summary>
    public static bool IsOccasion(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var head = Qualifier().Split(phrase, 2)[0].Trim().TrimEnd('.', ',', ';', ':');
        return Head.IsMatch(head);
    }

    /// <summary>Who held the occasion ("a statement from the council" was the council's), or null.</summary>
    public static string? Owner(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var m = Owned().Match(phrase);
        return m.Success && IsOccasion(phrase) ? m.Groups["owner"].Value.TrimEnd('.', ',', ';', ':') : null;
    }

    // What follows the head noun: an of-, by- or at-phrase, a comma or a relative clause.
    [GeneratedRegex(@",|\s(?:of|from|by|at|in|on|with|for|where|when|who|which|that)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Qualifier();

    [GeneratedRegex(@"\s(?:from|by|of)\s(?<owner>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Owned();
}
