using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Bot.Core.Language;

namespace Bot.Core.Answering;

/// <summary>Recognises what a plain-English question asks for by its opening words.</summary>
internal static partial class QuestionClassifier
{
    private static readonly QuestionVerbs DefaultVerbs = new(VerbLexicon.Default);

    public static ClassifiedQuestion Classify(string question) => Classify(question, DefaultVerbs);

    /// <summary>Classifies with the verbs of <paramref name="lexicon"/>: for trying verbs that are not in the table.</summary>
    public static ClassifiedQuestion Classify(string question, VerbLexicon lexicon) =>
        Classify(question, lexicon == VerbLexicon.Default ? DefaultVerbs : new QuestionVerbs(lexicon));

    private static ClassifiedQuestion Classify(string question, QuestionVerbs verbs)
    {
        var text = question.Trim().TrimEnd('?', '.', '!', ' ');
        Match m;
        if ((m = SourceOf().Match(text)).Success)
        {
            return new(QuestionKind.SourceOf, text, m.Groups["s"].Value.Trim());
        }

        if ((m = verbs.WhoSaid.Match(text)).Success)
        {
            var verb = m.Groups["v"].Value;
            var phrase = m.Groups["s"].Value.Trim().Trim('"', '“', '”', '\'', ':', ',').Trim();
            return new(QuestionKind.WhoSaid, text, verbs.IsPlainSaying(verb) ? phrase : $"{verb} {phrase}");
        }

        if ((m = verbs.WhatSaid.Match(text)).Success)
        {
            var verb = m.Groups["v"].Value;
            return new(QuestionKind.WhatSaid, text, m.Groups["s"].Value.Trim(), m.Groups["t"].Value.Trim(), verbs.IsPlainSaying(verb) || verb == "say" ? string.Empty : verb);
        }

        if ((m = WhoIs().Match(text)).Success)
        {
            return new(QuestionKind.WhoIs, text, m.Groups["s"].Value.Trim());
        }

        if ((m = WhatIs().Match(text)).Success)
        {
            // "What is ByteDance?" asks who or what it is; the answerer treats it as who-is when the name links.
            return new(QuestionKind.General, text, m.Groups["s"].Value.Trim());
        }

        var kind = When().IsMatch(text) ? QuestionKind.When
            : Where().IsMatch(text) ? QuestionKind.Where
            : Quantity().IsMatch(text) ? QuestionKind.Quantity
            : Why().IsMatch(text) ? QuestionKind.Why
            : YesNo().IsMatch(text) ? QuestionKind.YesNo
            : QuestionKind.General;
        return new(kind, text);
    }

    // The verbs a question may ask about, read from the lexicon once; nouns for words stay here, they are no verbs.
    private sealed class QuestionVerbs(VerbLexicon lexicon)
    {
        private readonly FrozenSet<string> plain =
            [.. lexicon.Forms(VerbProperty.PlainSaying, VerbInflection.Finite), "quote", "quotes", "statement", "statements", "remark", "remarks", "comment", "comments", "words"];

        public Regex WhoSaid { get; } = new(
            $@"^who (?<v>{VerbLexicon.Alternation(lexicon.Forms(VerbProperty.AskedWho, VerbInflection.Finite))})\b\s*(?:that\s+)?(?<s>.*)$", RegexOptions.IgnoreCase);

        public Regex WhatSaid { get; } = new(
            $@"^(?:what|how) (?:did|does|do|has|have|had) (?<s>.+?) (?<v>{VerbLexicon.Alternation(lexicon.Forms(VerbProperty.AskedWhat, VerbInflection.Base | VerbInflection.Past))})\b\s*(?<t>.*)$|^what (?:was|is|were|are) (?<s>.+?)(?:'s|’s) (?<v>quotes?|statements?|remarks?|comments?|response|reaction|words)\b\s*(?<t>.*)$",
            RegexOptions.IgnoreCase);

        public bool IsPlainSaying(string verb) => plain.Contains(verb.ToLowerInvariant());
    }

    [GeneratedRegex(@"^(?:(?:what|who|which)(?:'s| is| was| are| were) the (?:sources?|basis|evidence) (?:of|for|behind|that)\s+(?<s>.+)|how (?:does|did|do|can) (?:the article|the author|the reporters?|the writer|they|we|it|bloomberg|the paper) know\s+(?<s>.+)|according to (?:whom|who|what)\s*,?\s*(?<s>.*)|where (?:does|did) (?:the |this |that )?(?:claim|information|news|idea|data|report|figure|number|quote)\s*(?<s>.*?)\s*come from|(?:what|who) (?:is|was|are|were) the sources?\b\s*(?<s>.*)|who (?:is|was) (?:the|a) source (?:of|for)\s+(?<s>.+)|what (?:is|was) (?:this|that|it) based on\s*(?<s>.*))$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceOf();

    [GeneratedRegex(@"^(?:who(?:'s| is| was| are| were)\s+(?<s>.+)|what (?:is|was|are|were) (?<s>.+?)(?:'s|’s) (?:role|job|title|position|occupation|function)|what (?:does|did) (?<s>.+?) do)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoIs();

    [GeneratedRegex(@"^(?:what|who)(?:'s| is| was| are| were) (?:a |an |the )?(?<s>[^ ]+(?: [^ ]+){0,3})$", RegexOptions.IgnoreCase)]
    private static partial Regex WhatIs();

    [GeneratedRegex(@"^(?:when|since when|how long ago|(?:on|in|at|by) (?:what|which) (?:date|day|month|year|time)|what (?:date|day|month|year|time)|which (?:date|day|month|year))\b", RegexOptions.IgnoreCase)]
    private static partial Regex When();

    [GeneratedRegex(@"^(?:where|(?:in|from|to) (?:what|which) (?:country|countries|city|cities|place|places|region|location)|(?:what|which) (?:country|countries|city|cities|place|places|region|location))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Where();

    [GeneratedRegex(@"^(?:how (?:many|much|big|large|long|often|old)|(?:what|which) (?:share|percentage|percent|proportion|fraction|number|amount|portion|size|figure|sum)|what %)\b|\bhow (?:many|much)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quantity();

    [GeneratedRegex(@"^(?:why|how|how come|for what reason|what (?:is|was|are|were) the (?:reasons?|purpose|motive|goal|aim)|what (?:caused|explains|led to|drives))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Why();

    [GeneratedRegex(@"^(?:is|are|was|were|do|does|did|can|could|has|have|had|will|would|should|may|might|must)\b", RegexOptions.IgnoreCase)]
    private static partial Regex YesNo();
}
