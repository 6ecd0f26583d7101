using System.Text.RegularExpressions;
using Bot.Core.Language;

namespace Bot.Core.Answering;

/// <summary>General English surface cues that tell what a sentence can answer: a time, a quantity, a place,
/// a reported statement, a reason. They rank evidence; they never decide an answer on their own.</summary>
internal static partial class TextCues
{
    private static readonly VerbLexicon Verbs = VerbLexicon.Default;

    public static bool HasTime(string text) => Time().IsMatch(text) || TimeClause().IsMatch(text);

    /// <summary>True when the sentence closes a quotation it did not open: it continues the previous sentence's quote.</summary>
    public static bool ContinuesQuote(string text)
    {
        var straight = text.Count(c => c == '"');
        return (straight % 2 == 1 && text.TrimEnd().EndsWith('"')) || (text.Contains('”', StringComparison.Ordinal) && !text.Contains('“', StringComparison.Ordinal));
    }

    public static bool HasNumber(string text) => Number().IsMatch(text);

    public static bool HasPlace(string text) => Place().IsMatch(text);

    public static bool HasReport(string text) => Report().IsMatch(text);

    public static bool HasQuote(string text) => text.Contains('"', StringComparison.Ordinal) || text.Contains('“', StringComparison.Ordinal);

    public static bool HasReason(string text) => Reason().IsMatch(text);

    /// <summary>True when the sentence defines the name: "X is a ...", "X, the ...", "X, a ...".</summary>
    public static bool Defines(string text, string name)
    {
        var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        return Definition().IsMatch(text.AsSpan(at + name.Length));
    }

    /// <summary>The speaker a sentence names with a reporting cue ("according to X", "X quoted Y as saying",
    /// "criticized by X", "X said"), or null.</summary>
    public static string? GuessSpeaker(string text)
    {
        var m = AccordingTo().Match(text);
        if (m.Success)
        {
            return Tidy(m.Groups["who"].Value);
        }

        m = QuotedAsSaying().Match(text);
        if (m.Success)
        {
            return $"{Tidy(m.Groups["who"].Value)} (as quoted by {Tidy(m.Groups["via"].Value)})";
        }

        m = PassiveAgent().Match(text);
        if (m.Success)
        {
            return Tidy(m.Groups["who"].Value);
        }

        m = DocumentShows().Match(text);
        if (!m.Success)
        {
            m = SpeakerBeforeVerb().Match(text);
        }

        return m.Success ? Tidy(m.Groups["who"].Value) : null;
    }

    // A speaker quoted inside an answer reads "a survey", not "A survey".
    private static string Tidy(string who)
    {
        who = who.Trim();
        foreach (var article in (string[])["A ", "An ", "The ", "Several ", "Some ", "Many "])
        {
            if (who.StartsWith(article, StringComparison.Ordinal))
            {
                return char.ToLowerInvariant(who[0]) + who[1..];
            }
        }

        return who;
    }

    [GeneratedRegex(@"(?<via>(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+quoted\s+(?<who>[^,;:]{2,60}?)\s+as\s+saying\b")]
    private static partial Regex QuotedAsSaying();

    private static readonly Regex PassiveAgentPattern = new(
        $@"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:{VerbLexicon.Alternation(Verbs.Forms(VerbProperty.PassiveAgent, VerbInflection.PastParticiple))})\s+by\s+(?<who>[^,.;:]{{2,80}})");

    private static Regex PassiveAgent() => PassiveAgentPattern;

    private static readonly Regex DocumentShowsPattern = new(
        $@"^(?<who>(?:An?|The)\s+[""“]?[\w\s-]{{2,40}}?[""”]?(?:\s+(?:seen|obtained|reviewed)\s+by\s+[\w\s]{{2,40}}?)?)\s+(?:{VerbLexicon.Alternation(Verbs.Forms(VerbProperty.Shows, VerbInflection.Finite))})\b");

    private static Regex DocumentShows() => DocumentShowsPattern;

    [GeneratedRegex(@"\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.|January|February|March|April|May\s+\d|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|tomorrow|(?:last|next|this|past|coming)\s+(?:week|month|year|decade|spring|summer|autumn|fall|winter|weekend|months|years|weeks)|(?:1[89]|20)\d{2}s?|\d+\s+(?:days?|weeks?|months?|years?)\s+ago|earlier\s+this|later\s+this)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    // A sentence that opens with a temporal clause places its event in time ("When Bloomberg published ..., Truss vowed").
    [GeneratedRegex(@"^(?:When|While|During|After|Before|Since|Until|As soon as)\b")]
    private static partial Regex TimeClause();

    [GeneratedRegex(@"\d|%|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozens?|half|third|quarter|percent|several|few)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Number();

    [GeneratedRegex(@"\b(?:in|at|from|to|outside|inside|near|across)\s+(?:the\s+)?[A-Z][a-z]|\w-based\b|\b(?:countries|country|city|capital|region|abroad|overseas|mainland)\b")]
    private static partial Regex Place();

    private static readonly Regex ReportPattern = new(
        $@"\b(?:{VerbLexicon.Alternation(Verbs.NounSafeForms(VerbProperty.Reports, VerbInflection.Past | VerbInflection.Ing))}|according to)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static Regex Report() => ReportPattern;

    [GeneratedRegex(@"\b(?:because|since|so that|in order to|to allay|to avoid|why|due to|as a result|meaning|explains|reason|thanks to|aimed at|intended to|by )\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reason();

    [GeneratedRegex(@"^(?:\s+(?:is|was|are|were)\s+(?:a|an|the|one)\b|,\s+(?:a|an|the)\s)")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\baccording to (?<who>[^,.;:]{2,80})", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    private static readonly Regex SpeakerBeforeVerbPattern = new(
        $@"(?<who>(?:\b(?:[Aa]n?|[Tt]he|[Ss]everal|[Mm]any|[Ss]ome)\s+)?(?:[A-Z][\w.'’-]*\s+){{0,4}}(?:[A-Z][\w.'’-]*|spokes(?:person|man|woman)|employees?|officials?|survey|report|recordings|information|data))\s+(?:{VerbLexicon.Alternation(Verbs.NounSafeForms(VerbProperty.SpeakerBefore))})\b");

    private static Regex SpeakerBeforeVerb() => SpeakerBeforeVerbPattern;
}
