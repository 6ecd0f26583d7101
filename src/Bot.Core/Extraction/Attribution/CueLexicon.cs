using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Bot.Core.Language;

namespace Bot.Core.Extraction.Attribution;

/// <summary>The words of attribution in English news: reporting verbs, their participles, the hedges,
/// and the small words that bound a speaker phrase.</summary>
internal static partial class CueLexicon
{
    private static readonly VerbLexicon Verbs = VerbLexicon.Default;

    /// <summary>Verbs that take an addressee before the reported clause ("told reporters that").</summary>
    public static readonly FrozenSet<string> AddresseeVerbs = Verbs.Set(VerbProperty.Addressee, VerbInflection.Finite, StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of speaking proper, which may share the subject of an earlier verb ("and said").</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Verbs.Set(VerbProperty.Speech, VerbInflection.Third | VerbInflection.Past, StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs of a stance toward an object, whose content is never a clause on their left.</summary>
    public static readonly FrozenSet<string> StanceVerbs = Verbs.Set(VerbProperty.Stance, VerbInflection.All, StringComparer.OrdinalIgnoreCase);

    /// <summary>Titles before a name whose period never ends a sentence.</summary>
    public static readonly FrozenSet<string> Titles = Set(
        "Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Rep.", "Gov.", "Gen.", "Lt.", "Col.", "Sgt.", "Capt.", "Adm.", "Rev.",
        "Prof.", "Pres.", "Sens.", "Reps.", "Messrs.", "St.", "Mt.", "Ft.", "Gov.-elect", "Atty.", "Supt.", "Cmdr.", "Del.");

    /// <summary>Words that may stand between a speaker and its verb ("has also said").</summary>
    public static readonly FrozenSet<string> Auxiliaries = Set(
        "has", "have", "had", "also", "later", "previously", "repeatedly", "then", "would", "will", "reportedly",
        "publicly", "privately", "recently", "once", "often", "further", "again", "already", "frequently",
        "initially", "first", "just", "allegedly", "subsequently", "separately", "openly", "explicitly", "not", "never",
        "haven't", "hasn't", "hadn't", "haven’t", "hasn’t", "hadn’t",
        "flatly", "simply", "even", "long", "still", "since", "earlier", "quickly", "immediately", "specifically");

    /// <summary>Words that end a speaker phrase when read leftwards from the cue.</summary>
    public static readonly FrozenSet<string> LeftStops = Set(
        "that", "because", "if", "when", "while", "after", "before", "although", "though", "as", "where",
        "whether", "but", "what", "how", "why", "than", "so", "unless", "until", "once", "and", "or", "which", "whom",
        "where", "there");

    /// <summary>Function words a speaker phrase cannot contain; their presence means a clause, not a name.</summary>
    public static readonly FrozenSet<string> ClauseWords = Set(
        "is", "was", "are", "were", "be", "been", "being", "will", "would", "can", "could", "should", "may", "might",
        "must", "do", "does", "did", "not", "never", "it's", "there", "here", "to", "has", "have", "had", "let",
        "this", "these", "those", "cannot", "can't", "won't", "didn't", "doesn't", "isn't", "wasn't", "aren't",
        "weren't", "don't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't", "because", "if", "whether",
        "having", "him", "them");

    /// <summary>Finite auxiliaries: one of them outside a relative clause turns a noun phrase into a sentence.</summary>
    public static readonly FrozenSet<string> FiniteVerbs = Set(
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might",
        "must", "do", "does", "did", "cannot");

    /// <summary>Words a speaker phrase cannot end with.</summary>
    public static readonly FrozenSet<string> BadLastWords = Set(
        "the", "a", "an", "of", "and", "or", "with", "for", "in", "on", "at", "by", "from", "as", "its", "his", "her",
        "their", "our", "my", "your", "who", "which", "that", "about", "into", "over", "under");

    /// <summary>Lower-case words a speaker phrase may begin with.</summary>
    public static readonly FrozenSet<string> SpeakerStarts = Set(
        "a", "an", "the", "another", "several", "some", "many", "most", "few", "two", "three", "four", "five",
        "both", "all", "other", "his", "her", "its", "their", "our", "one", "each", "no", "he", "she", "they", "we",
        "i", "you", "it", "who", "which", "top", "senior", "former", "local", "federal", "state", "us", "u.s.",
        "someone", "somebody", "everyone", "everybody", "nobody");

    /// <summary>Leading words that introduce the clause, not the speaker.</summary>
    public static readonly FrozenSet<string> LeadingFillers = Set(
        "and", "but", "so", "yet", "still", "meanwhile", "now", "then", "instead", "also", "indeed", "moreover",
        "similarly", "however", "later", "earlier", "today", "yesterday", "finally", "separately", "previously",
        "recently", "tonight", "then", "thus", "likewise", "otherwise", "ultimately");

    /// <summary>Abbreviations whose final period does not end a phrase.</summary>
    public static readonly FrozenSet<string> Abbreviations = Set(
        "mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "lt.", "col.", "st.", "jr.", "sr.", "prof.",
        "u.s.", "u.k.", "u.n.", "d.c.", "inc.", "corp.", "co.", "ltd.", "sgt.", "capt.", "adm.", "rev.", "pres.",
        "no.", "vs.", "ft.", "mt.", "e.u.", "del.");

    /// <summary>Words that start a modifier between a verb and its clause ("said on Friday that").</summary>
    public static readonly FrozenSet<string> ModifierStarts = Set(
        "in", "on", "at", "during", "last", "this", "earlier", "late", "early", "to", "from", "via", "over",
        "after", "before", "through", "outside", "inside", "with", "of", "about", "for", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today", "tonight", "privately",
        "publicly", "repeatedly", "again", "recently", "then", "also", "previously", "later", "separately",
        "under", "while", "when", "shortly", "afterward", "afterwards", "now", "once", "in", "by");

    private static readonly string[] Participles = [.. Verbs.Forms(VerbProperty.Participle, VerbInflection.Ing)];

    public static readonly FrozenSet<string> ParticipleSet = Set(Participles);

    public static readonly FrozenSet<string> Pronouns = Set("he", "she", "they", "we", "i", "you", "it", "who", "which");

    private static readonly CueWordSet DefaultCues = CueWordSet.From(Verbs);

    /// <summary>Finite reporting verbs, lower case as they stand mid-sentence.</summary>
    public static FrozenSet<string> CueWords => DefaultCues.Words;


    /// <summary>Reporting verbs and phrases in the text, found by a single pass over its words.</summary>
    public static List<TextSpan> FindCues(string text) => FindCues(text, DefaultCues);

    /// <summary>The cues of <paramref name="lexicon"/> in the text: for trying verbs that are not in the table.</summary>
    public static List<TextSpan> FindCues(string text, VerbLexicon lexicon) =>
        FindCues(text, lexicon == Verbs ? DefaultCues : CueWordSet.From(lexicon));

    private static List<TextSpan> FindCues(string text, CueWordSet cueWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cues = new List<TextSpan>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] == '-'))
            {
                i++;
            }

            // "Said Ellis: ...": the one capitalised cue, the inverted verb that opens a sentence.
            if ((!char.IsLower(text[start]) && !OpensWithSaid(text, start, i)) || (start > 0 && text[start - 1] is '-' or '\''))
            {
                continue;
            }

            var word = char.IsLower(text[start]) ? text.AsSpan(start, i - start) : (text[start + 3] == 'd' ? "said" : "says");
            var end = i;
            foreach (var (verb, particle) in cueWords.Pairs)
            {
                if (word.SequenceEqual(verb) && i + 1 + particle.Length <= text.Length && text[i] == ' '
                    && text.AsSpan(i + 1, particle.Length).SequenceEqual(particle)
                    && (i + 1 + particle.Length == text.Length || !char.IsLetter(text[i + 1 + particle.Length])))
                {
                    end = i + 1 + particle.Length;
                    break;
                }
            }

            if (end == i && cueWords.BaseLookup.Contains(word) && Modal(text, start) is { } modal)
            {
                // "Lee did not want ...", "voters would back ...": the cue runs from the modal, so the speaker stands before it.
                cues.Add(new TextSpan(modal, end));
            }
            else if (end == i && cueWords.ParticipleLookup.Contains(word) && Perfect(text, start) is { } perfect)
            {
                // "Polls have shown ...": a participle unlike the past form is a cue only after "have".
                cues.Add(new TextSpan(perfect, end));
            }
            else if (end > i || cueWords.Lookup.Contains(word))
            {
                cues.Add(new TextSpan(start, end));
            }
            else if (cueWords.ProgressiveLookup.Contains(word) && Progressive(text, start) is { } auxiliary)
            {
                // "Trump is demanding that ...": the cue runs from the auxiliary, so the speaker stands before it.
                cues.Add(new TextSpan(auxiliary, end));
            }
        }

        return cues;
    }

    private static bool OpensWithSaid(string text, int start, int end)
    {
        if (end - start != 4 || !(string.CompareOrdinal(text, start, "Said", 0, 4) == 0 || string.CompareOrdinal(text, start, "Says", 0, 4) == 0))
        {
            return false;
        }

        var before = AttributionFinder.Before(text, start);
        return before < 0 || text[before] is '.' or '!' or '?';
    }

    private static readonly FrozenSet<string> BeForms = Set("is", "are", "was", "were");

    /// <summary>Where "is" (or are, was, were) starts before an -ing cue, perhaps with one adverb between
    /// ("is once again questioning" allows two); null when no such auxiliary comes right before it.</summary>
    private static int? Progressive(string text, int ingStart)
    {
        var at = ingStart;
        for (var words = 0; words < 3; words++)
        {
            if (PreviousWord(text, at) is not { } previous)
            {
                return null;
            }

            var word = text[previous..SkipLetters(text, previous)];
            if (BeForms.Contains(word))
            {
                return previous;
            }

            if (!Auxiliaries.Contains(word) && word is not ("once" or "again" or "now" or "increasingly"))
            {
                return null;
            }

            at = previous;
        }

        return null;
    }

    private static readonly FrozenSet<string> Modals = Set(
        "do", "does", "did", "will", "would", "could", "can", "may", "might", "should", "must", "shall", "cannot",
        "don't", "doesn't", "didn't", "won't", "wouldn't", "couldn't", "can't", "shouldn't", "mustn't");

    private static readonly FrozenSet<string> PerfectAuxiliaries = Set("has", "have", "had", "hasn't", "haven't", "hadn't");

    /// <summary>Where a modal or a form of "do" starts before a bare verb, perhaps with "not" or adverbs between
    /// ("did not immediately respond"); null when none comes right before it.</summary>
    private static int? Modal(string text, int verbStart) => AuxiliaryBefore(text, verbStart, Modals);

    /// <summary>Where "has", "have" or "had" starts before a participle, perhaps with adverbs between.</summary>
    private static int? Perfect(string text, int verbStart) => AuxiliaryBefore(text, verbStart, PerfectAuxiliaries);

    private static int? AuxiliaryBefore(string text, int verbStart, FrozenSet<string> auxiliaries)
    {
        var at = verbStart;
        for (var words = 0; words < 3; words++)
        {
            if (PreviousWord(text, at, apostrophes: true) is not { } previous)
            {
                return null;
            }

            var word = text[previous..at].TrimEnd().Replace('’', '\'');
            if (auxiliaries.Contains(word))
            {
                return previous;
            }

            // "appeared to suggest", "went on to discuss": a verb that only frames the infinitive after it.
            if (word == "to" && auxiliaries == Modals && Catenative(text, previous) is { } catenative)
            {
                return catenative;
            }

            if (word != "not" && !Auxiliaries.Contains(word) && !(word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)))
            {
                return null;
            }

            at = previous;
        }

        return null;
    }

    private static readonly FrozenSet<string> Catenatives = Set(
        "appear", "appears", "appeared", "seem", "seems", "seemed", "try", "tries", "tried", "began", "begin", "begins");

    /// <summary>Where "appeared" (or "seems", "tried", "went on") starts before the "to" at <paramref name="to"/>.</summary>
    private static int? Catenative(string text, int to)
    {
        if (PreviousWord(text, to) is not { } previous)
        {
            return null;
        }

        var word = text[previous..(to - 1)];
        if (Catenatives.Contains(word))
        {
            return previous;
        }

        return word == "on" && PreviousWord(text, previous) is { } went && text[went..(previous - 1)] is "went" or "goes" or "go" ? went : null;
    }

    private static int? PreviousWord(string text, int start, bool apostrophes = false)
    {
        var j = start - 1;
        if (j < 0 || text[j] != ' ')
        {
            return null;
        }

        while (j > 0 && (char.IsLetter(text[j - 1]) || (apostrophes && text[j - 1] is '\'' or '’')))
        {
            j--;
        }

        return j < start - 1 ? j : null;
    }

    private static int SkipLetters(string text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    private static readonly Regex ParticipleRegex = new(
        $@",\s+(?:even\s+|also\s+|while\s+)?(?<cue>{VerbLexicon.Alternation(Participles)})\b");

    /// <summary>A participle after a comma that reports a further statement by the same speaker.</summary>
    public static Regex Participle() => ParticipleRegex;

    private static readonly Regex WithParticipleRegex = new(
        $@"\b(?:[Ww]ith|of)\s+(?<speaker>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|her|him|them|experts|analysts|officials|critics|supporters)\s+(?<cue>{VerbLexicon.Alternation(Verbs.Forms(VerbProperty.Cue, VerbInflection.Ing).Where(f => !f.Contains(' ', StringComparison.Ordinal)))})\b",
        RegexOptions.None);

    /// <summary>"with Lee arguing that ...", "footage of Lee saying ...": a speaker and a participle after "with" or "of".</summary>
    public static Regex WithParticiple() => WithParticipleRegex;

    private static readonly Regex PrepositionParticipleRegex = new(
        $@"\b(?:[Aa]fter|[Bb]y|[Ff]or|[Bb]efore|[Ww]ithout|[Uu]pon)\s+(?<cue>{VerbLexicon.Alternation(Participles)})\b");

    /// <summary>"After saying ...", "began by saying ...": a participle after a preposition, whose speaker is the
    /// clause's subject.</summary>
    public static Regex PrepositionParticiple() => PrepositionParticipleRegex;

    private static readonly Regex SpeakerThenSpeechRegex = new(
        $@"^(?:(?:he|she|they|I|we|He|She|They|We)|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}|(?:the|The|a|A)\s+[\w'’-]+(?:\s+[\w'’-]+)?)\s+(?:{VerbLexicon.Alternation(Verbs.Forms(VerbProperty.DialogueTag, VerbInflection.Third | VerbInflection.Past))})\b",
        RegexOptions.None);

    /// <summary>A sentence that opens with a speaker and a verb of speaking: "Smith asked.", "she said, laughing".</summary>
    public static Regex SpeakerThenSpeech() => SpeakerThenSpeechRegex;

    /// <summary>A closing quote mark, a dash and a capitalised name that ends the sentence: a signed quotation.</summary>
    [GeneratedRegex(@"[”""]\s*(?<dash>―|—|–|--)\s*(?<name>[A-Z][\p{L}'’-]*\.?(?:\s+[A-Z][\p{L}'’-]*\.?){0,4})\s*[.,]?(?=\s|$)")]
    public static partial Regex Signature();

    /// <summary>"Lee's claim that ...", "his disdain for ...": a possessor and a noun of saying or stance, perhaps
    /// behind a modifier or two ("his infamous comment about").</summary>
    [GeneratedRegex(@"(?<source>\b(?:[Hh]is|[Hh]er|[Tt]heir)|\b(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s)\s+(?:(?:own|earlier|latest|recent|repeated|infamous|new|initial|first|public|private|previous|strong|sharp|harsh|long-standing|[a-z]+ly)\s+){0,2}(?<cue>claims?|comments?|remarks|assertions?|insistence|contention|arguments?|criticism|promises?|pledges?|vows?|warnings?|calls?|demands?|admission|acknowledge?ment|conclusion|estimates?|theory|proposals?|refusal|determination|opposition|endorsement|praise|disdain|obsession|adulation|ideas|emphasis|missive|rhetoric|suggestion|predictions?|position|stance|beliefs?|complaints?|accusations?|allegations?|denials?|attacks?)(?=\s+(?:that|to|of|about|on|for|against|with)\b)")]
    public static partial Regex PossessiveNoun();

    [GeneratedRegex(@"\b[Aa]ccording to\b")]
    public static partial Regex AccordingTo();

    [GeneratedRegex(@"\bquoted\s+(?<speaker>[^,;:""“”]{1,80}?)\s+as\s+(?<cue>saying|telling\s+[^,;:""“”]{1,40}?|writing|stating)(?=\s|[,:])")]
    public static partial Regex QuotedAsSaying();

    private static readonly Regex PassiveByRegex = new(
        $@"\b(?:was|were|is|are|has been|have been|had been|been|being)\s+(?<cue>{VerbLexicon.Alternation(Verbs.Forms(VerbProperty.Passive, VerbInflection.PastParticiple))})\s+by\s+",
        RegexOptions.None);

    public static Regex PassiveBy() => PassiveByRegex;

    [GeneratedRegex(@"\b(?<cue>was|is|were|are)\s+that\b")]
    public static partial Regex WasThat();

    [GeneratedRegex(@"\b(?:report|reports|information|data|message|finding|findings|conclusion|understanding|assessment|claim|allegation|argument|statement|news|word|suggestion|expectation|consensus|verdict|ruling|answer|response|view|position)$", RegexOptions.IgnoreCase)]
    public static partial Regex ReportNounAtEnd();

    [GeneratedRegex(@"\b(?:alleged(?:ly)?|suspected|reportedly|purportedly|supposedly|(?:is|are|was|were) said to|may have|might have|rumou?red|without (?:providing |offering |citing )?evidence|unconfirmed|unverified|unsubstantiated)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Hedge();

    // Phrasal cues ("called for", "pointed out") are the verb and its particle, matched as two words.
    // Progressives are the -ing forms of the cues, read only after "is", "are", "was" or "were".
    private sealed record CueWordSet(FrozenSet<string> Words, (string Verb, string Particle)[] Pairs, FrozenSet<string> Progressives)
    {
        public FrozenSet<string> Bases { get; init; } = FrozenSet<string>.Empty;

        public FrozenSet<string> Participles { get; init; } = FrozenSet<string>.Empty;

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BaseLookup => Bases.GetAlternateLookup<ReadOnlySpan<char>>();

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ParticipleLookup => Participles.GetAlternateLookup<ReadOnlySpan<char>>();

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = Words.GetAlternateLookup<ReadOnlySpan<char>>();

        public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ProgressiveLookup { get; } = Progressives.GetAlternateLookup<ReadOnlySpan<char>>();

        public static CueWordSet From(VerbLexicon lexicon)
        {
            var forms = lexicon.Forms(VerbProperty.Cue, VerbInflection.Third | VerbInflection.Past)
                .Concat(lexicon.Forms(VerbProperty.Cue | VerbProperty.BareCue, VerbInflection.Base)).ToList();
            var pairs = forms.Where(f => f.Contains(' ', StringComparison.Ordinal)).Select(f => f.Split(' ', 2)).Select(p => (p[0], p[1])).ToArray();
            var progressives = lexicon.Forms(VerbProperty.Cue, VerbInflection.Ing).Where(f => !f.Contains(' ', StringComparison.Ordinal)).ToFrozenSet(StringComparer.Ordinal);
            var single = forms.Where(f => !f.Contains(' ', StringComparison.Ordinal)).ToFrozenSet(StringComparer.Ordinal);
            return new(single, pairs, progressives)
            {
                Bases = lexicon.Forms(VerbProperty.Cue, VerbInflection.Base).Where(f => !f.Contains(' ', StringComparison.Ordinal)).ToFrozenSet(StringComparer.Ordinal),
                Participles = lexicon.Forms(VerbProperty.Cue, VerbInflection.PastParticiple).Where(f => !f.Contains(' ', StringComparison.Ordinal) && !single.Contains(f)).ToFrozenSet(StringComparer.Ordinal),
            };
        }
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
