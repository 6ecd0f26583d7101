using Bot.Core.Search;

namespace Bot.Core.Answering;

/// <summary>The search terms of a question: its analysed words without the words that only shape the question
/// ("who", "did", "say", "article"), light verbs that carry no topic ("get", "try", "cover") and words that only
/// name the kind of answer wanted ("year" in a when-question); each term grouped with its common synonyms.</summary>
internal static class QuestionTerms
{
    private static readonly HashSet<string> Shaping = Stems(
        "who whom whose what whats when where why how which did do does doing done has have had having can could would should "
        + "will shall may might must say says said saying tell tells told me you i we our article articles story text author "
        + "writer according happen happened happens mention mentioned mentions please know anything something thing about "
        + "get gets got make makes made take takes took go goes went come comes came want wants wanted need needs try tries "
        + "tried give gives gave put puts keep keeps kept cover covers covered involve involves involved exactly really actually "
        // Function words Lucene's short English stop list keeps; they never carry a question's topic.
        + "from by for with within without into onto upon over under than so very just also its our your his her them those "
        + "were been being am");

    private static readonly Dictionary<QuestionKind, HashSet<string>> ByKind = new()
    {
        [QuestionKind.When] = Stems("date dates day days month months year years time long ago"),
        [QuestionKind.Quantity] = Stems("many much number share percentage percent proportion fraction amount portion size figure big large old age"),
        [QuestionKind.Where] = Stems("place places country countries city cities located location region"),
        [QuestionKind.Why] = Stems("reason reasons purpose motive"),
        [QuestionKind.SourceOf] = Stems("source sources claim claims basis evidence based"),
        [QuestionKind.WhoIs] = Stems("role job title position"),
    };

    // Everyday synonyms of news English, so a question need not use the article's own word.
    private static readonly Dictionary<string, string[]> Synonyms = Groups(
        "publish release issue",
        "reveal disclose expose",
        "reject refuse decline",
        "request ask",
        "prohibit ban forbid bar",
        "criticize criticise condemn",
        "promise vow pledge",
        "company firm business",
        "employee staff worker",
        "buy purchase",
        "big large",
        "show demonstrate indicate",
        "find found establish",
        "show shown",
        "buy bought",
        "pay paid",
        "send sent",
        "write wrote written",
        "speak spoke spoken",
        "meet met",
        "lead led",
        "win won",
        "lose lost",
        "build built",
        "hold held",
        "bring brought",
        "seek sought",
        "leave left",
        "rise rose risen",
        "fall fell fallen",
        "grow grew grown",
        "see saw seen",
        "begin began begun start",
        "oppose opponent against",
        "support favor favour back",
        "government authority",
        "money fund cash",
        "die died death dead kill killed",
        "first 1st", "second 2nd", "third 3rd", "fourth 4th", "fifth 5th", "sixth 6th", "seventh 7th", "eighth 8th",
        "ninth 9th", "tenth 10th");

    public static IReadOnlyList<string> Of(string text, QuestionKind kind)
    {
        var terms = Phrases(EnglishTerms.Analyze(text));
        var extra = ByKind.GetValueOrDefault(kind);
        return [.. terms.Where(t => !Shaping.Contains(t) && (extra is null || !extra.Contains(t))).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Each term with its synonyms, the term first: the everyday ones above, then, with
    /// <paramref name="paraphrases"/>, WordNet's. Only a fitted scorer weighs WordNet's well: the lexical answerer's
    /// fixed thresholds take "call" for "name" and answer "what is the name of the spokesperson".</summary>
    public static IReadOnlyList<IReadOnlyList<string>> Grouped(IReadOnlyList<string> terms, bool paraphrases = false) =>
    [
        .. terms.Select(t => (IReadOnlyList<string>)
        [
            t,
            .. Synonyms.GetValueOrDefault(t, [])
                .Concat(paraphrases ? StemTable.Paraphrases.Of(t) : [])
                .Where(g => g != t)
                .Distinct(StringComparer.Ordinal),
        ]),
    ];

    // "took part" is one term, whose paraphrase is "participated"; apart, "took" only shapes the question and
    // "part" would ask for a word the answer need not hold.
    private static List<string> Phrases(IReadOnlyList<string> terms)
    {
        var joined = new List<string>(terms.Count);
        for (var i = 0; i < terms.Count; i++)
        {
            if (i + 1 < terms.Count && StemTable.Paraphrases.IsPhrase(terms[i], terms[i + 1]))
            {
                joined.Add(terms[i] + " " + terms[i + 1]);
                i++;
            }
            else
            {
                joined.Add(terms[i]);
            }
        }

        return joined;
    }

    private static HashSet<string> Stems(string words) => EnglishTerms.Analyze(words).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, string[]> Groups(params string[] groups)
    {
        var table = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var stems = EnglishTerms.Analyze(group).Distinct(StringComparer.Ordinal).ToArray();
            foreach (var stem in stems)
            {
                table[stem] = stems;
            }
        }

        return table;
    }
}
