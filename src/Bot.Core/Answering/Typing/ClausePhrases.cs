using System.Text.RegularExpressions;
using P = Bot.Core.Answering.Typing.PhraseWords;

namespace Bot.Core.Answering.Typing;

/// <summary>Finds the phrases that are clauses rather than names or numbers: reasons after a cue
/// ("because ..."), quotations, descriptions (appositives and titles) and the sources of a claim.</summary>
internal static partial class ClausePhrases
{
    public static List<AnswerPhrase> Reasons(string sentence) => Groups(sentence, AnswerType.Reason, ReasonRule(), "r");

    /// <summary>Quoted text first; what follows a verb of saying only when nothing is in quotation marks.</summary>
    public static List<AnswerPhrase> Quotes(string sentence)
    {
        var quoted = Groups(sentence, AnswerType.Quote, QuoteRule(), "q");
        return quoted.Count > 0 ? quoted : Groups(sentence, AnswerType.Quote, ReportedRule(), "q");
    }

    public static List<AnswerPhrase> Descriptions(string sentence)
    {
        var found = Groups(sentence, AnswerType.Description, AppositiveRule(), "d");
        found.AddRange(Groups(sentence, AnswerType.Description, TitleRule(), "d"));
        found.AddRange(Groups(sentence, AnswerType.Description, PredicateRule(), "d"));
        return found;
    }

    public static List<AnswerPhrase> Sources(string sentence)
    {
        var found = Groups(sentence, AnswerType.Source, AccordingToRule(), "s");
        found.AddRange(Groups(sentence, AnswerType.Source, StudyByRule(), "s"));
        found.AddRange(Groups(sentence, AnswerType.Source, NamedStudyRule(), "s"));
        found.AddRange(Groups(sentence, AnswerType.Source, UnnamedSpeakerRule(), "s"));
        return found;
    }

    /// <summary>The sentence cut at commas, semicolons and dashes: the fallback when no cue marks the answer.</summary>
    public static List<AnswerPhrase> Clauses(string sentence, AnswerType type) => Groups(sentence, type, ClauseRule(), "c");

    private static List<AnswerPhrase> Groups(string sentence, AnswerType type, Regex rule, string group)
    {
        var found = new List<AnswerPhrase>();
        foreach (Match m in rule.Matches(sentence))
        {
            var g = m.Groups[group];
            var text = g.Value.TrimEnd(' ', ',', '.', ';', ':', '"', '\u201D', '\u2019');
            var start = g.Index + (text.Length - text.TrimStart().Length);
            text = text.Trim();
            if (text.Length >= 2)
            {
                found.Add(new AnswerPhrase(type, text, start, text.Length));
            }
        }

        return found;
    }

    // "because of X", "due to X", "in order to X"; "since" only when no date or number follows it.
    [GeneratedRegex(
        @"\b(?:because(?:\sof)?|as a result of|due to|so that|in order to|so as to|owing to|thanks to|given that|in a bid to|in an effort to|aimed at|for fear (?:of|that)|on the grounds that|the reason (?:is|was) that|since(?!\s(?:\d|the\s\d|January|February|March|April|May|June|July|August|September|October|November|December|then|last|early|late))|after|amid|citing|to avoid|over concerns? (?:that|about))\s(?<r>[^.;:!?—–()]+?)(?=\s?[.;:!?—–()]|,\s(?:but|while|and|which|who|according|said|says)\b|$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReasonRule();

    // Straight, curly and single curly quotes; a quote left open runs to the end of the sentence.
    [GeneratedRegex(@"""(?<q>[^""]{2,})(?:""|$)|“(?<q>[^”]{2,})(?:”|$)|^(?<q>[^“”]{8,})”|(?<![\p{L}])‘(?<q>[^’]{3,})’(?![\p{L}])")]
    private static partial Regex QuoteRule();

    [GeneratedRegex(
        @"\b(?:said|says|told\s(?:\p{Lu}[\p{L}.'’-]*\s?)+|told\s\w+|added|argued|wrote|declared|warned|stated|insisted|claimed|explained|asserted|noted|tweeted|called\s(?:it|him|her|them|the\s\w+))\s(?:that\s)?(?<q>[^.;!?]{3,})",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReportedRule();

    // "Kanter, TikTok's head of government relations in the UK, ..." and "Clyburn (D-S.C.), the assistant leader".
    [GeneratedRegex(
        @"(?:,|\),)\s(?<d>(?:the|a|an|who|whose|its|his|her|their|former|longtime|then|now|also|\p{Lu}[\p{L}.&-]*(?:'s|’s)|(?:" + P.Role + @")\b)\s?[^,;:""“”()]{2,160}?)(?=\s?(?:,|;|\.\s|\.$|$|\)|—|–)|\s(?:said|says|told|added|wrote|argued)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AppositiveRule();

    // "White House spokesman Josh Earnest", "longtime Democratic pollster Pat Caddell": the role before the name.
    [GeneratedRegex(
        @"(?<d>(?:(?:\p{Lu}[\p{L}.&-]*|[a-z][\p{L}-]*)\s){0,3}(?:" + P.Role + @"))\s(?=\p{Lu}[\p{L}.'’-]+\s\p{Lu}|\p{Lu}[\p{L}'’-]+\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleRule();

    // "Hawkins is the Second Amendment columnist for Breitbart News".
    [GeneratedRegex(@"\b(?:is|was|serves as|served as|works as|worked as|became)\s(?<d>(?:a|an|the)\s[^,;.""“”]{3,140})", RegexOptions.CultureInvariant)]
    private static partial Regex PredicateRule();

    [GeneratedRegex(@"\baccording to\s(?<s>[^,;.""“”]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccordingToRule();

    // "a 2014 study by Harvard and ...", "a poll from Reuters".
    [GeneratedRegex(
        @"\b(?:poll|survey|study|report|analysis|review|audit|investigation|census|data|figures|statistics|research)\s(?:by|from|of|conducted by|released by|published by)\s(?<s>(?:the\s)?\p{Lu}[^,;.""“”]*?)(?=\s(?:found|shows?|showed|said|says|released|published|that|of|in|on|last|this)\b|[,;.]|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex StudyByRule();

    // "A Quinnipiac University poll", "a New York Times/CBS News poll", "the Chicago Police Department, which reported".
    [GeneratedRegex(
        @"(?<s>(?:\p{Lu}[\p{L}.&'’-]*(?:/|\s|-))*\p{Lu}[\p{L}.&'’-]*)\s(?:\d{4}\s)?(?:poll|survey|study|report|analysis|data|figures|statistics|research|review|audit|census)\b|(?<s>(?:the\s)?(?:\p{Lu}[\p{L}.&'’-]*\s)*\p{Lu}[\p{L}.&'’-]*),?\s(?:which|who)\s(?:reported|found|said)",
        RegexOptions.CultureInvariant)]
    private static partial Regex NamedStudyRule();

    // "A TikTok spokesperson downplayed", "sources who reviewed them told POLITICO".
    [GeneratedRegex(
        @"(?<s>\b(?:a|an|the)\s(?:\p{Lu}[\p{L}.&-]*\s)*(?:spokesperson|spokesman|spokeswoman|official|source|representative|aide|statement|report|filing|document|memo)\b)|(?<s>\b(?:people|sources?|officials?|aides?)\s(?:who|close to|familiar with|with knowledge of)\s[^,.;]*?)\s(?:told|said|say)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex UnnamedSpeakerRule();

    [GeneratedRegex(@"(?<c>[^,;:—–()""“”]{3,})")]
    private static partial Regex ClauseRule();
}
