using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Bot.Core.Extraction.Time;
using P = Bot.Core.Answering.Typing.PhraseWords;

namespace Bot.Core.Answering.Typing;

/// <summary>Finds the numeric phrases of a sentence: dates and durations (through the temporal tagger),
/// money, percentages, measures and counts. A number belongs to one kind only: a count is what is left
/// once dates, money, percentages, measures and durations have taken theirs.</summary>
internal static partial class NumberPhrases
{
    public static List<AnswerPhrase> Find(string sentence, AnswerType type)
    {
        var found = new List<AnswerPhrase>();
        switch (type)
        {
            case AnswerType.Date:
                found.AddRange(Tagged(sentence, duration: false));
                break;
            case AnswerType.Duration:
                found.AddRange(Tagged(sentence, duration: true));
                Add(found, sentence, type, DurationRule());
                break;
            case AnswerType.Money:
                Add(found, sentence, type, MoneyRule());
                break;
            case AnswerType.Percent:
                Add(found, sentence, type, PercentRule());
                break;
            case AnswerType.Measure:
                Add(found, sentence, type, MeasureRule());
                Add(found, sentence, type, AgeRule());
                break;
            case AnswerType.Count:
                var taken = Taken(sentence);
                foreach (Match m in CountRule().Matches(sentence))
                {
                    if (!taken.Any(t => t.Start < m.Index + m.Length && m.Index < t.End) && !IsYear(m.Value) && !IsPronounOne(m.Value))
                    {
                        found.Add(new AnswerPhrase(type, m.Value.TrimEnd(), m.Index, m.Value.TrimEnd().Length));
                    }
                }

                break;
        }

        return Distinct(found);
    }

    // Dates and times from the tagger; a range counts as a duration too ("from 1995 to 1997").
    private static IEnumerable<AnswerPhrase> Tagged(string sentence, bool duration)
    {
        foreach (var t in TemporalTagger.Tag(sentence, null))
        {
            if (duration && (t.Type == TimexType.Duration || t.RangeEnd is not null))
            {
                var end = t.RangeEnd?.End ?? t.End;
                yield return new AnswerPhrase(AnswerType.Duration, sentence[t.Start..end], t.Start, end - t.Start);
            }
            else if (!duration && t.Type is TimexType.Date or TimexType.Time && t.Value is not ("PRESENT_REF" or "PAST_REF" or "FUTURE_REF"))
            {
                var end = t.RangeEnd?.End ?? t.End;
                yield return new AnswerPhrase(AnswerType.Date, sentence[t.Start..end], t.Start, end - t.Start);
            }
        }
    }

    private static List<AnswerPhrase> Taken(string sentence)
    {
        var taken = new List<AnswerPhrase>();
        taken.AddRange(Tagged(sentence, duration: false));
        foreach (var type in new[] { AnswerType.Money, AnswerType.Percent, AnswerType.Measure, AnswerType.Duration })
        {
            taken.AddRange(Find(sentence, type));
        }

        // A clock time's digits are no count.
        foreach (Match m in ClockRule().Matches(sentence))
        {
            taken.Add(new AnswerPhrase(AnswerType.Date, m.Value, m.Index, m.Length));
        }

        return taken;
    }

    // "one" standing for a thing rather than counting it: "one of his first meetings", "one he has waged", "one
    // should ask". A count of one names what it counts: "one adviser".
    private static bool IsPronounOne(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var one = Array.FindIndex(words, w => w.Equals("one", StringComparison.OrdinalIgnoreCase));
        return one >= 0 && (one == words.Length - 1 || NotCounted.Contains(words[one + 1].ToLowerInvariant()));
    }

    private static readonly FrozenSet<string> NotCounted = new[]
    {
        "of", "he", "she", "it", "they", "we", "you", "i", "his", "her", "its", "their", "our", "my", "your", "that", "this",
        "who", "which", "should", "could", "would", "can", "will", "may", "might", "must", "mr", "mrs", "ms", "dr",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool IsYear(string text) =>
        text.Length >= 4 && int.TryParse(text.AsSpan(0, 4), out var year) && year is >= 1800 and <= 2100
        && (text.Length == 4 || !char.IsDigit(text[4]));

    private static void Add(List<AnswerPhrase> found, string sentence, AnswerType type, Regex rule)
    {
        foreach (Match m in rule.Matches(sentence))
        {
            var text = m.Value.TrimEnd(' ', '-', ',');
            if (text.Length > 0)
            {
                found.Add(new AnswerPhrase(type, text, m.Index, text.Length));
            }
        }
    }

    // Overlapping finds keep the longest, so "about 18 months" wins over "18 months".
    private static List<AnswerPhrase> Distinct(List<AnswerPhrase> found)
    {
        var kept = new List<AnswerPhrase>();
        foreach (var p in found.OrderByDescending(p => p.Length).ThenBy(p => p.Start))
        {
            if (!kept.Any(k => k.Start < p.End && p.Start < k.End))
            {
                kept.Add(p);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    [GeneratedRegex(
        @"(?<![\w$€£¥])" + P.Approximately + "(?:" + P.Currency + @"\s?(?:" + P.Digits + ")" + P.Scale + "{0,2}"
        + "|" + P.CurrencyCode + @"\s?(?:" + P.Digits + ")" + P.Scale + "{0,2}"
        + "|" + P.Number + @"\s(?:" + P.CurrencyName + @")\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MoneyRule();

    [GeneratedRegex(
        @"(?<![\w.])" + P.Approximately + "(?:(?:" + P.Number + @")\s?(?:%|percent\b|per cent\b|percentage points?\b|points?\b|-point\b)"
        + @"|(?:\d+|" + P.Units + @"|ten)\s(?:in|out of)\s(?:every\s)?(?:" + P.Digits + "|" + P.Units + @"|ten)\b"
        + @"|(?:a|one|two|three)[- ](?:half|third|thirds|quarter|quarters|fifth|fifths|tenth)\b|half\b(?= of\b)|a majority\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentRule();

    [GeneratedRegex(
        @"(?<![\w.])" + P.Approximately + "(?:" + P.Number + @"|twice|a)[\s-]?(?:" + P.MeasureUnit + @")(?![\w])(?:[- ](?:high|tall|long|wide|deep|old))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeasureRule();

    // Ages: "a 43-year-old man", "27 and 29 years old", "at age 12", "Schiff, 56, said", "Lee, 40 ― a father".
    [GeneratedRegex(
        @"\b(?:(?:" + P.Number + @")[- ]years?[- ]old|(?:aged?|at age)\s\d{1,3}\b|(?<=[A-Z][\p{L}.'’-]*,\s)\d{1,3}(?=,|\s?[―—–]|\sand\s\d))",
        RegexOptions.CultureInvariant)]
    private static partial Regex AgeRule();

    [GeneratedRegex(
        @"(?<![\w.])" + P.Approximately + @"(?:(?:" + P.Number + @"|a|an|several|a few|a couple of|many|the past|the last|the next)\s(?:more\s|full\s|straight\s|consecutive\s)?(?:" + P.TimeUnit + @")\b"
        + @"|(?:" + P.Number + @")-(?:second|minute|hour|day|week|month|year|decade)(?:-long)?\b|(?:hour|day|week|month|year)-long\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DurationRule();

    // A number and the noun it counts: "300 people", "more than a dozen statements", "a 2-to-1 vote".
    [GeneratedRegex(
        @"(?<![\w.,$€£¥:])" + P.Approximately + @"(?:\d+-to-\d+|\d+-\d+(?=\s(?:vote|margin|decision|ruling))|(?:" + P.Number + @")(?![\w%:])(?:\s(?:of\s)?(?!(?:and|or|to|of|in|on|at|the|a|by|for|with|from|percent|per|was|were|is|are|had|has|have)\b)[a-z][\p{L}-]*)?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CountRule();

    [GeneratedRegex(@"\b\d{1,2}:\d{2}\b")]
    private static partial Regex ClockRule();
}
