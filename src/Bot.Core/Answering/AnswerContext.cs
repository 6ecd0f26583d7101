using System.Runtime.CompilerServices;
using Bot.Core.Articles;
using Bot.Core.Facts;
using Bot.Core.Search;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>One fact snapshot made ready for answering: the sentence index, the facts keyed by sentence and
/// each sentence's surface cues. Built once per snapshot and then only read.</summary>
internal sealed class AnswerContext
{
    // Keyed by snapshot identity and weak, so a reloaded article's context goes when its snapshot does.
    private static readonly ConditionalWeakTable<ArticleFacts, AnswerContext> Contexts = [];

    private readonly Dictionary<Statement, IReadOnlySet<string>> _statementTerms;
    private readonly Dictionary<Statement, (Entity? Speaker, Entity? Via, IReadOnlySet<string> Terms)> _speakers;
    private readonly Dictionary<TimelineEvent, string> _foldedEvents;

    public AnswerContext(ArticleFacts facts)
    {
        Facts = facts;
        Sentences = facts.Article.Sentences;
        Index = new SentenceIndex([.. Sentences.Select(s => s.Text)]);
        Entities = new NameIndex(facts.Entities);
        EntityNames = [.. facts.Entities.Select(e => (e, (IReadOnlyList<string>)[.. new[] { e.Name }.Concat(e.Aliases).Select(n => string.Join(' ', NameWords.Of(n))).Where(n => n.Length > 2).Distinct(StringComparer.Ordinal).Select(n => " " + n + " ")]))];
        SourceEntities = [.. facts.Sources.Select(s => s.Named ? Entities.FindBest(s.Name, 0.8)?.Entity : null)];
        var positions = new Dictionary<(int, int), int>();
        for (var i = 0; i < Sentences.Count; i++)
        {
            positions[(Sentences[i].Paragraph, Sentences[i].Number)] = i;
        }

        Positions = positions;
        StatementsAt = Group(facts.Statements, s => s.Citations);
        EventsAt = Group(facts.Timeline, e => e.Citations);
        SourcesAt = Group(facts.Sources, s => s.Citations);
        EntitiesAt = Group(facts.Entities.Where(e => !e.Generic), e => e.Citations);
        Words = [.. Sentences.Select(s => (IReadOnlySet<string>)NameWords.Of(s.Text).ToHashSet(StringComparer.Ordinal))];
        Vocabulary = Words.SelectMany(w => w).ToHashSet(StringComparer.Ordinal);
        FoldedSentences = [.. Sentences.Select(s => Fold(s.Text))];
        _foldedEvents = new Dictionary<TimelineEvent, string>(ReferenceEqualityComparer.Instance);
        foreach (var e in facts.Timeline)
        {
            _foldedEvents[e] = Fold(e.Event);
        }

        var tokens = Sentences.SelectMany(s => s.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(t => char.IsLetter(t[0])).ToList();
        var lowercase = tokens.Where(t => char.IsLower(t[0])).SelectMany(NameWords.Of).ToHashSet(StringComparer.Ordinal);
        NameVocabulary = tokens.Where(t => char.IsUpper(t[0])).SelectMany(NameWords.Of).Where(w => !lowercase.Contains(w)).ToHashSet(StringComparer.Ordinal);
        StatementTerms = [.. facts.Statements.Select(st => (IReadOnlySet<string>)EnglishTerms.Analyze(st.Content).ToHashSet(StringComparer.Ordinal))];
        _statementTerms = new Dictionary<Statement, IReadOnlySet<string>>(ReferenceEqualityComparer.Instance);
        _speakers = new Dictionary<Statement, (Entity?, Entity?, IReadOnlySet<string>)>(ReferenceEqualityComparer.Instance);
        for (var n = 0; n < facts.Statements.Count; n++)
        {
            var statement = facts.Statements[n];
            _statementTerms[statement] = StatementTerms[n];
            _speakers[statement] = (
                Entities.FindBest(NameWords.WithoutTitle(statement.Speaker))?.Entity,
                statement.Via is { } via ? Entities.FindBest(NameWords.WithoutTitle(via))?.Entity : null,
                EnglishTerms.Analyze(statement.Speaker + " " + statement.Verb).ToHashSet(StringComparer.Ordinal));
        }

        var placeSentences = new HashSet<int>(facts.Entities.Where(e => e.Kind == EntityKind.Place).SelectMany(e => e.Citations).Select(SentenceOf).Where(i => i >= 0));
        // Headings and the article's own rhetorical questions are citable but rarely answer anything.
        BaseBoost = [.. Sentences.Select(s => facts.Article.Paragraphs[s.Paragraph - 1].Kind == BlockKind.Heading ? 0.6 : s.Text.TrimEnd().EndsWith('?') ? 0.5 : 1.0)];
        HasTime = [.. Sentences.Select((s, i) => EventsAt[i].Count > 0 || TextCues.HasTime(s.Text))];
        HasNumber = [.. Sentences.Select(s => TextCues.HasNumber(s.Text))];
        HasPlace = [.. Sentences.Select((s, i) => placeSentences.Contains(i) || TextCues.HasPlace(s.Text))];
        HasReport = [.. Sentences.Select((s, i) => StatementsAt[i].Count > 0 || TextCues.HasReport(s.Text))];
        HasQuote = [.. Sentences.Select(s => TextCues.HasQuote(s.Text))];
        HasReason = [.. Sentences.Select(s => TextCues.HasReason(s.Text))];
    }

    public ArticleFacts Facts { get; }

    /// <summary>The context of a snapshot, built on first use and shared by the commands and the lexical answerer.</summary>
    public static AnswerContext For(ArticleFacts facts) => Contexts.GetValue(facts, static f => new AnswerContext(f));

    public IReadOnlyList<ArticleSentence> Sentences { get; }

    public SentenceIndex Index { get; }

    /// <summary>The snapshot's entities, ready to be found by a typed name.</summary>
    public NameIndex Entities { get; }

    /// <summary>Each entity with its name and aliases folded to words between spaces, for spotting them inside a question.</summary>
    public IReadOnlyList<(Entity Entity, IReadOnlyList<string> Names)> EntityNames { get; }

    /// <summary>The entity each named source is, parallel to the facts' sources (null when none).</summary>
    public IReadOnlyList<Entity?> SourceEntities { get; }

    public IReadOnlyDictionary<(int Paragraph, int Sentence), int> Positions { get; }

    public IReadOnlyList<IReadOnlyList<Statement>> StatementsAt { get; }

    public IReadOnlyList<IReadOnlyList<TimelineEvent>> EventsAt { get; }

    public IReadOnlyList<IReadOnlyList<Source>> SourcesAt { get; }

    /// <summary>The entities each sentence mentions by name, from the entities' own citations.</summary>
    public IReadOnlyList<IReadOnlyList<Entity>> EntitiesAt { get; }

    /// <summary>Each sentence's words, folded the way names are compared.</summary>
    public IReadOnlyList<IReadOnlySet<string>> Words { get; }

    /// <summary>Each sentence as folded words between spaces (" the harbour plan "), for whole-word name checks.</summary>
    public IReadOnlyList<string> FoldedSentences { get; }

    /// <summary>Every folded word of the article.</summary>
    public IReadOnlySet<string> Vocabulary { get; }

    /// <summary>Folded words the article only ever capitalises: the words of names.</summary>
    public IReadOnlySet<string> NameVocabulary { get; }

    /// <summary>The search terms of each statement's content, parallel to the facts' statements.</summary>
    public IReadOnlyList<IReadOnlySet<string>> StatementTerms { get; }

    /// <summary>Each sentence's weight before the question is known (headings lower).</summary>
    public double[] BaseBoost { get; }

    public bool[] HasTime { get; }

    public bool[] HasNumber { get; }

    public bool[] HasPlace { get; }

    public bool[] HasReport { get; }

    public bool[] HasQuote { get; }

    public bool[] HasReason { get; }

    /// <summary>The position of a cited sentence in <see cref="Sentences"/>, or -1 when it is not there.</summary>
    public int SentenceOf(Citation citation) =>
        Positions.TryGetValue((citation.Paragraph, citation.Sentence), out var i) ? i : -1;

    public Citation CitationAt(int index) => Citation.Of(Sentences[index]);

    /// <summary>Text folded as names are compared, between spaces, for whole-word checks.</summary>
    public static string Fold(string text) => " " + string.Join(' ', NameWords.Of(text)) + " ";

    /// <summary>An event's text folded as by <see cref="Fold"/>.</summary>
    public string FoldedEvent(TimelineEvent e) => _foldedEvents.TryGetValue(e, out var folded) ? folded : Fold(e.Event);

    /// <summary>A cited sentence folded as by <see cref="Fold"/>.</summary>
    public string FoldedCitation(Citation citation) => SentenceOf(citation) is >= 0 and var i ? FoldedSentences[i] : Fold(citation.Text);

    /// <summary>The entity a statement's speaker names best, or null.</summary>
    public Entity? SpeakerOf(Statement statement) => _speakers.TryGetValue(statement, out var s) ? s.Speaker : null;

    /// <summary>The search terms of a statement's speaker and verb.</summary>
    public IReadOnlySet<string> SpeakerTermsOf(Statement statement) =>
        _speakers.TryGetValue(statement, out var s) ? s.Terms : EnglishTerms.Analyze(statement.Speaker + " " + statement.Verb).ToHashSet(StringComparer.Ordinal);

    /// <summary>The entity a statement's reporting source names best, or null.</summary>
    public Entity? ViaOf(Statement statement) => _speakers.TryGetValue(statement, out var s) ? s.Via : null;

    /// <summary>The search terms of one of the snapshot's statements.</summary>
    public IReadOnlySet<string> TermsOf(Statement statement) =>
        _statementTerms.TryGetValue(statement, out var terms) ? terms : EnglishTerms.Analyze(statement.Content).ToHashSet(StringComparer.Ordinal);

    private IReadOnlyList<IReadOnlyList<T>> Group<T>(IEnumerable<T> facts, Func<T, IReadOnlyList<Citation>> citations)
    {
        var groups = Enumerable.Range(0, Sentences.Count).Select(_ => new List<T>()).ToArray();
        foreach (var fact in facts)
        {
            foreach (var i in citations(fact).Select(SentenceOf).Where(i => i >= 0).Distinct())
            {
                groups[i].Add(fact);
            }
        }

        return groups;
    }
}
