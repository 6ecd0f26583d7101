using System.Text.RegularExpressions;
using Bot.Core.Answering.Normalizing;
using Bot.Core.Answering.Typing;
using Bot.Core.Extraction.Entities;
using Bot.Core.Facts;
using Bot.Core.Search;

namespace Bot.Core.Answering.Ranking;

/// <summary>Gathers the sentences that might answer a question (the best of BM25, of the embeddings and the
/// lexical answerer's own choice) and measures each one for the scorer. Pure over the snapshot's context.</summary>
internal static partial class CandidateFinder
{
    private const int PerRanking = 10;

    /// <param name="cosinesFor">Given the lexical candidates, the question's cosine with every sentence (NaN for a
    /// sentence without a vector), or null while the vectors are not ready.</param>
    public static QuestionCandidates Find(AnswerContext context, string question, Func<IReadOnlyCollection<int>, float[]?> cosinesFor)
    {
        var classified = QuestionClassifier.Classify(question);
        var lexical = QuestionAnswers.Answer(context, question);
        // WordNet's paraphrases count towards what a sentence covers, not what BM25 retrieves: with them in the
        // search, the ranker's first choice was gold less often (CV right 77.2 % without, 76.5 % with).
        var terms = QuestionTerms.Of(classified.Text, classified.Kind);
        var type = AnswerTypeClassifier.Of(question);
        var groups = QuestionTerms.Grouped(terms, paraphrases: true);
        var searched = QuestionTerms.Grouped(terms);
        var hits = searched.Count == 0 ? [] : context.Index.Search(searched, PerRanking, Evidence.Boosts(context, classified));

        var lexicalCited = lexical.Found
            ? lexical.Citations.Concat(lexical.Items.SelectMany(i => i.Citations)).Select(context.SentenceOf).Where(i => i >= 0).ToHashSet()
            : [];
        var names = LinkedSentences(context, classified.Text);

        // "Mr. King" holds the "larry" of "how old is larry king": a sentence naming someone the question names has
        // the words of that name.
        bool Holds(int sentence, string term) =>
            context.Index.DocumentContains(sentence, term) || names.Exists(n => n.Terms.Contains(term) && n.Sentences.Contains(sentence));

        var wantsPhrase = WantsPhrase(type);
        var named = wantsPhrase ? NamedWithPhrase(context, names, type, question) : [];
        var lexicalCandidates = hits.Select(h => h.Index).Concat(lexicalCited).Concat(named).ToHashSet();
        var cosines = cosinesFor(lexicalCandidates);
        var byCosine = cosines is null ? [] : Enumerable.Range(0, cosines.Length).Where(i => !float.IsNaN(cosines[i])).OrderByDescending(i => cosines[i]).Take(PerRanking).ToList();
        var sentences = hits.Select(h => h.Index).Concat(byCosine).Concat(lexicalCited).Concat(named).Distinct().ToList();

        var weights = GroupWeights(context, groups);
        var total = weights.Sum();
        var missing = total == 0 ? 0 : groups.Select((g, n) => g.Any(context.Index.Contains) ? 0 : weights[n]).Sum() / total;
        var rarest = groups.Select((g, n) => (Group: g, Weight: weights[n])).Where(x => x.Group.Any(context.Index.Contains))
            .OrderByDescending(x => x.Weight).Select(x => x.Group).FirstOrDefault();
        var topScore = hits.Count > 0 ? hits[0].Score : 1;
        var topCosine = byCosine.Count > 0 ? cosines![byCosine[0]] : 0;

        var nameAbsent = NameAbsent(context, question) ? 1f : 0f;
        var nameWords = names.SelectMany(n => n.Terms).ToHashSet(StringComparer.Ordinal);
        var predicate = type is AnswerType.Date or AnswerType.Duration or AnswerType.Place
            ? QuestionPredicate.Of(question, w => EnglishTerms.Analyze(w) is [var t] && nameWords.Contains(t))
            : null;
        var predicateGroup = predicate is null ? null : groups.FirstOrDefault(g => g[0] == predicate);
        var role = type == AnswerType.Person ? UnnamedRole.Role(QuestionTokens.Of(question)) : null;
        var pinned = TimeConstraint.Of(AnswerContext.Fold(classified.Text));
        var tense = type == AnswerType.Date ? TenseConstraint.Of(AnswerContext.Fold(classified.Text)) : 0;
        var grain = type == AnswerType.Date ? DateGrain.Of(AnswerContext.Fold(question)) : DateGrain.Grain.Any;
        var hitRanks = hits.Select((h, r) => (h.Index, Rank: r)).ToDictionary(x => x.Index, x => x.Rank);
        var candidates = new List<Candidate>(sentences.Count);
        foreach (var i in sentences)
        {
            var c = new Candidate(i, new float[Candidate.FeatureCount]) { Wanted = type };
            if (hitRanks.TryGetValue(i, out var rank))
            {
                c[Feature.Bm25] = (float)(hits[rank].Score / topScore);
                c[Feature.Bm25Rank] = 1f / (1 + rank);
            }

            c[Feature.Coverage] = (float)Coverage(groups, weights, Holds, i, -1);
            c[Feature.CoverageWithNeighbour] = (float)Neighbours(context, i).Select(n => Coverage(groups, weights, Holds, i, n)).DefaultIfEmpty(c[Feature.Coverage]).Max();
            c[Feature.LexicalCited] = lexicalCited.Contains(i) ? 1 : 0;
            c[Feature.LexicalFound] = lexical.Found ? 1 : 0;
            c[Feature.MissingFromArticle] = (float)missing;
            c[Feature.NameAbsent] = nameAbsent;
            var (rarestMissing, rarestElsewhere) = RarestMissing(context, groups, weights, Holds, i);
            c[Feature.RarestTermMissing] = (float)rarestMissing;
            c[Feature.RarestTermElsewhere] = (float)rarestElsewhere;
            c[Feature.RarestTermHeld] = rarest is not null && rarest.Any(t => Holds(i, t)) ? 1 : 0;
            c[Feature.KindFits] = Evidence.Fits(context, classified.Kind, i) ? 1 : 0;
            c[Feature.QuestionNamesSomeone] = names.Count > 0 ? 1 : 0;
            c[Feature.NamesHeld] = names.Count == 0 ? 0 : (float)names.Count(n => n.Sentences.Contains(i)) / names.Count;
            c[Feature.Heading] = context.BaseBoost[i] < 1 ? 1 : 0;
            c[Feature.Length] = (float)Math.Log(1 + context.Sentences[i].Text.Length) / 6;
            if (cosines is not null && !float.IsNaN(cosines[i]))
            {
                c[Feature.Cosine] = cosines[i];
                c[Feature.CosineGap] = cosines[i] - topCosine;
                var cosineRank = byCosine.IndexOf(i);
                c[Feature.CosineRank] = cosineRank >= 0 ? 1f / (1 + cosineRank) : 0;
            }

            if (type != AnswerType.Any && type != AnswerType.YesNo)
            {
                MeasurePhrase(context, c, type, question, names);
            }

            c[Feature.TypeWanted] = wantsPhrase ? 1 : 0;
            c[Feature.RoleUnnamed] = role is not null && UnnamedRole.InFor(context.Sentences[i].Text, role) ? 1 : 0;
            var near = Neighbours(context, i).Append(i).ToList();
            c[Feature.PredicateUnmet] = predicateGroup is not null && !near.Any(s => predicateGroup.Any(t => Holds(s, t))) ? 1 : 0;
            c[Feature.TimeUnmet] = TimeConstraint.Unmet(pinned, string.Join(' ', near.Select(n => context.FoldedSentences[n])));
            c[Feature.NameUnmet] = NameUnmet(context, names, near, type);
            c[Feature.DateUnmet] = Math.Max(
                TenseConstraint.Unmet(tense, context.Facts.Published.Date, DatesOf(context, i, c.Phrase)),
                c.Phrase is { } datePhrase ? DateGrain.Unmet(grain, datePhrase.Text) : 0);
            candidates.Add(c);
        }

        return new QuestionCandidates(question, classified, lexical, candidates) { Semantic = cosines is not null, Type = type };
    }

    // Only these types have a short answer worth putting first; a reason or a quote is the sentence itself.
    private static bool WantsPhrase(AnswerType type) => type is AnswerType.Date or AnswerType.Duration or AnswerType.Money
        or AnswerType.Percent or AnswerType.Count or AnswerType.Measure or AnswerType.Person or AnswerType.Organisation or AnswerType.Place;

    private static void MeasurePhrase(AnswerContext context, Candidate c, AnswerType type, string question, List<NameLink> names)
    {
        var sentence = context.Sentences[c.Sentence].Text;
        var phrase = AnswerPhrases.Best(sentence, type, question, context.Facts.Entities, p => !NamesAsked(p, names));
        if (phrase is null)
        {
            return;
        }

        var tie = PhraseChooser.Tie(sentence, phrase, question);
        if (tie.Echo)
        {
            return;
        }

        c.Phrase = phrase;
        c[Feature.TypeFits] = 1;
        c[Feature.TypeFallback] = phrase.Fallback ? 1 : 0;
        c[Feature.TypeAnchor] = (float)Math.Min(3, tie.Pull) / 3;
        c[Feature.TypeOwnWords] = (float)Math.Clamp(tie.Own, -1, 2) / 2;
    }

    // "Which judge rejected the request to open Trump's divorce file": "Donald Trump" is who the question is about,
    // never its answer; nor is "Donald" of "Donald and Ivana Trump", nor "Mayor Ana Okafor" when Okafor is asked.
    private static bool NamesAsked(AnswerPhrase phrase, List<NameLink> names)
    {
        if (names.Count == 0 || phrase.Type is not (AnswerType.Person or AnswerType.Organisation or AnswerType.Place))
        {
            return false;
        }

        var words = ArticleVocabulary.Words().Matches(phrase.Text).Select(m => m.Value.ToLowerInvariant())
            .Where(w => !EntityLexicon.TitleWords.Contains(w) && !PersonNames.Honorifics.Contains(w));
        var terms = EnglishTerms.Analyze(string.Join(' ', words));
        return terms.Count > 0 && terms.All(t => names.Exists(n => n.Terms.Contains(t)));
    }

    // A name the question asks about that the sentence lacks is a weaker answer; one whose place another name of
    // its kind takes is the fact for another entity.
    private static float NameUnmet(AnswerContext context, List<NameLink> names, List<int> near, AnswerType type)
    {
        var unmet = 0f;
        foreach (var name in names.Where(n => !near.Any(s => n.Sentences.Contains(s) || Speaks(context, n.Entity, s) || PointedTo(context, n, s))))
        {
            var kind = name.Entity.Kind;

            // For "who told CNBC ..." the other person in the sentence is the answer, not a rival.
            var rivalCounts = kind != EntityKind.Unknown && !(kind == EntityKind.Person && type == AnswerType.Person);
            var other = rivalCounts && near.Any(s => context.EntitiesAt[s].Any(e => e.Kind == kind && !ReferenceEquals(e, name.Entity)));
            unmet = Math.Max(unmet, other ? 1 : 0.5f);
        }

        return unmet;
    }

    // The quotation is theirs though the sentence never names them: “... it will dispel any doubts,” before "Rendell said".
    private static bool Speaks(AnswerContext context, Entity entity, int sentence) =>
        context.StatementsAt[sentence].Any(s => entity.IsCalled(s.Speaker));

    // "He arrived in Congress in 1993" a paragraph after "Scott": a he or she whose nearest named person before it,
    // within a few sentences, is the one asked about.
    private static bool PointedTo(AnswerContext context, NameLink name, int sentence)
    {
        var text = context.Sentences[sentence].Text;
        if (name.Entity.Kind != EntityKind.Person || PersonalPronoun().Match(text) is not { Success: true } pronoun
            || context.EntitiesAt[sentence].Where(e => e.Kind == EntityKind.Person).SelectMany(e => e.Aliases.Prepend(e.Name))
                .Select(n => text.IndexOf(n, StringComparison.Ordinal)).Any(at => at >= 0 && at < pronoun.Index))
        {
            return false;
        }

        for (var before = sentence - 1; before >= Math.Max(0, sentence - 4); before--)
        {
            if (context.EntitiesAt[before].Any(e => e.Kind == EntityKind.Person))
            {
                return name.Sentences.Contains(before);
            }
        }

        return false;
    }

    // A reader's word for a place, a party or a product the article never uses: lower-case questions hide names,
    // so the test is the vocabulary's (see EnglishWords.IsNameWhenCapitalised). A word the article holds in
    // another form ("obama" in "Obama's", "american" of "America", "greek" of "Greece", "dept") is not absent.
    private static bool NameAbsent(AnswerContext context, string question)
    {
        var vocabulary = ArticleVocabulary.Of(context.Facts.Article);
        var titleCase = IsTitleCase(question);
        foreach (var match in ArticleVocabulary.Words().EnumerateMatches(question))
        {
            var asked = question.Substring(match.Index, match.Length);
            var word = asked.ToLowerInvariant();
            word = word.EndsWith("'s", StringComparison.Ordinal) ? word[..^2] : word.TrimEnd('\'');
            if (word.Length > 2 && !EnglishTerms.Analyze(word).Any(context.Index.Contains)
                && (EnglishWords.IsNameWhenCapitalised(word) || (!titleCase && LooksLikeName(asked, match.Index)))
                && !vocabulary.Near(word.Length, 3, new[] { word[0] }).Any(known => SharesStem(word, known))
                && !vocabulary.Near(word.Length + 6, 6, new[] { word[0] }).Any(known => Abbreviates(word, known)))
            {
                return true;
            }
        }

        return false;
    }

    // "What Did The Report Conclude": where most words are capitalised, a capital marks nothing.
    private static bool IsTitleCase(string question)
    {
        var words = ArticleVocabulary.Words().Matches(question).Skip(1).Select(m => m.Value).ToList();
        return words.Count > 1 && words.Count(w => char.IsUpper(w[0])) * 2 >= words.Count;
    }

    // "McKinley" typed capitalised inside the question: the reader's own mark of a name.
    private static bool LooksLikeName(string asked, int at) =>
        at > 0 && char.IsUpper(asked[0]) && asked.Skip(1).Any(char.IsLower);

    // "dept" of "department", "govt" of "government": the letters in order, the first the same.
    private static bool Abbreviates(string word, string known)
    {
        var at = 0;
        foreach (var c in known)
        {
            if (at < word.Length && c == word[at])
            {
                at++;
            }
        }

        return at == word.Length && known.Length > word.Length;
    }

    private static bool SharesStem(string word, string known)
    {
        var shared = 0;
        while (shared < word.Length && shared < known.Length && word[shared] == known[shared])
        {
            shared++;
        }

        return shared >= Math.Max(4, word.Length - 3);
    }

    // The placed dates of the sentence's timeline events: those of the chosen phrase when it names one.
    private static List<ArticleDate> DatesOf(AnswerContext context, int i, AnswerPhrase? phrase)
    {
        var events = context.EventsAt[i].Where(e => e.Date is not null).ToList();
        if (phrase is not null)
        {
            var ofPhrase = events.Where(e => phrase.Text.Contains(e.Expression, StringComparison.OrdinalIgnoreCase) || e.Expression.Contains(phrase.Text, StringComparison.OrdinalIgnoreCase)).ToList();
            if (ofPhrase.Count > 0)
            {
                events = ofPhrase;
            }
        }

        return [.. events.Select(e => e.Date!.Value)];
    }

    private static double[] GroupWeights(AnswerContext context, IReadOnlyList<IReadOnlyList<string>> groups) =>
        [.. groups.Select(g => g.Where(context.Index.Contains).Select(context.Index.Weight).DefaultIfEmpty(context.Index.MissingTermWeight).Max())];

    private static double Coverage(IReadOnlyList<IReadOnlyList<string>> groups, double[] weights, Func<int, string, bool> holds, int a, int b)
    {
        double total = 0, held = 0;
        for (var n = 0; n < groups.Count; n++)
        {
            total += weights[n];
            if (groups[n].Any(t => holds(a, t) || (b >= 0 && holds(b, t))))
            {
                held += weights[n];
            }
        }

        return total == 0 ? 0 : held / total;
    }

    // The heaviest question term neither the sentence nor a neighbour holds, over the heaviest of all; and the same
    // over the terms the article uses in other sentences only: a word the article never uses is likely the
    // reader's own for something it says otherwise, one it uses elsewhere marks a fact told elsewhere.
    private static (double Missing, double Elsewhere) RarestMissing(AnswerContext context, IReadOnlyList<IReadOnlyList<string>> groups, double[] weights, Func<int, string, bool> holds, int i)
    {
        var heaviest = weights.DefaultIfEmpty(0).Max();
        if (heaviest <= 0)
        {
            return (0, 0);
        }

        var near = Neighbours(context, i).Append(i).ToList();
        var unheld = groups
            .Select((g, n) => (Held: g.Any(t => near.Any(s => holds(s, t))), Used: g.Any(context.Index.Contains), Weight: weights[n]))
            .Where(x => !x.Held)
            .ToList();
        return (unheld.Select(x => x.Weight).DefaultIfEmpty(0).Max() / heaviest,
            unheld.Where(x => x.Used).Select(x => x.Weight).DefaultIfEmpty(0).Max() / heaviest);
    }

    private static IEnumerable<int> Neighbours(AnswerContext context, int i)
    {
        var sentences = context.Sentences;
        if (i > 0 && sentences[i - 1].Paragraph == sentences[i].Paragraph)
        {
            yield return i - 1;
        }

        if (i + 1 < sentences.Count && sentences[i + 1].Paragraph == sentences[i].Paragraph)
        {
            yield return i + 1;
        }
    }

    // "How old is Larry King": the sentence with his age ("Mr. King, 82, told me") shares only his name with the
    // question, among many that do; so every sentence naming everyone the question names and holding a phrase of
    // the wanted type is a candidate too.
    private static List<int> NamedWithPhrase(AnswerContext context, List<NameLink> names, AnswerType type, string question)
    {
        if (names.Count == 0)
        {
            return [];
        }

        return [.. names.Skip(1).Aggregate(new HashSet<int>(names[0].Sentences), (all, next) => { all.IntersectWith(next.Sentences); return all; })
            .Order()
            .Where(i => AnswerPhrases.Best(context.Sentences[i].Text, type, question, context.Facts.Entities) is not null)
            .Take(PerRanking)];
    }

    // For each name of the article the question mentions, the sentences that mention that entity.
    private static List<NameLink> LinkedSentences(AnswerContext context, string question)
    {
        var folded = AnswerContext.Fold(question);
        return [.. context.EntityNames
            .Where(e => !e.Entity.Generic && e.Names.Any(n => folded.Contains(n, StringComparison.Ordinal)))
            .Select(e => new NameLink(e.Entity, EnglishTerms.Analyze(string.Join(' ', e.Names)).ToHashSet(StringComparer.Ordinal), Mentions(context, e.Entity, e.Names)))];
    }

    // A name the question mentions: its entity, the search terms of its names, and the sentences that mention it.
    private sealed record NameLink(Entity Entity, HashSet<string> Terms, HashSet<int> Sentences);

    private static HashSet<int> Mentions(AnswerContext context, Entity entity, IReadOnlyList<string> names)
    {
        var sentences = entity.Citations.Select(context.SentenceOf).Where(i => i >= 0).ToHashSet();
        for (var i = 0; i < context.FoldedSentences.Count; i++)
        {
            if (names.Any(n => context.FoldedSentences[i].Contains(n, StringComparison.Ordinal)))
            {
                sentences.Add(i);
            }
        }

        return sentences;
    }

    [GeneratedRegex(@"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|[Hh]im|[Hh]ers)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalPronoun();
}
