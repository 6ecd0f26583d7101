using Bot.Core.Facts;
using Bot.Core.Search;

namespace Bot.Core.Answering;

/// <summary>Free questions: classify, link names, rank the article's sentences with BM25 weighted by what the
/// question asks for, and answer from the best sentence and the facts extracted from it, or say plainly that
/// the article doesn't say.</summary>
internal static class QuestionAnswers
{
    /// <summary>The share of a question's weight the best sentence must contain to count as an answer.</summary>
    public const double MinCoverage = 0.6;

    private const int Candidates = 8;
    private const int MaxStatements = 6;

    public static Answer Answer(AnswerContext context, string question)
    {
        if (ArticleQuestions.TryAnswer(context, question) is { } aboutArticle)
        {
            return aboutArticle;
        }

        var q = QuestionClassifier.Classify(question);
        switch (q.Kind)
        {
            case QuestionKind.WhoIs when q.Subject.Length > 0:
                return WhoIs(context, q, question);
            case QuestionKind.WhatSaid when q.Subject.Length > 0:
                return WhatSaid(context, q, question);
            case QuestionKind.WhoSaid when q.Subject.Length > 0:
                return WhoAnswers.WhoSaid(context, q.Subject, question);
            case QuestionKind.General when q.Subject.Length > 0 && NameMentions.FindEntity(context, q.Subject, 0.85) is { } entity:
                return WhoAnswers.About(context, entity, question) with { Kind = AnswerKind.WhoIs };
            default:
                return Search(context, q, question);
        }
    }

    /// <summary>The sentence closest to the terms, offered when nothing answers.</summary>
    public static Citation? Closest(AnswerContext context, IReadOnlyList<string> terms) =>
        context.Index.Search(terms, 1, context.BaseBoost) is [var hit, ..] ? context.CitationAt(hit.Index) : null;

    private static Answer WhoIs(AnswerContext context, ClassifiedQuestion q, string question)
    {
        if (NameMentions.FindEntity(context, q.Subject) is { } entity)
        {
            return WhoAnswers.About(context, entity, question) with { Kind = AnswerKind.WhoIs };
        }

        // "Who is Truss's rival?" describes someone rather than naming them: that is a search.
        var (sentences, spelling) = IsName(q.Subject) ? NameMentions.FindSentences(context, q.Subject) : ([], q.Subject);
        if (sentences.Count == 0)
        {
            return Search(context, q with { Kind = QuestionKind.General }, question);
        }

        // News introduces a person with their role at first mention, so the first sentence is the answer.
        var first = context.Sentences[sentences[0]];
        var items = sentences.Skip(1).Take(4).Select(i => new AnswerItem("Also mentioned", context.Sentences[i].Text, [context.CitationAt(i)])).ToList();
        var text = $"{Phrasing.Capitalize(spelling)} first appears in the article here: “{first.Text}”";
        return new Answer(AnswerKind.WhoIs, question, true, text, items, CitationList.For(items, [Citation.Of(first)]));
    }

    private static bool IsName(string subject) =>
        subject.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(w => !char.IsLower(w[0]) || w is "the" or "a" or "an" or "of" or "de" or "van" or "von" or "al" or "bin" or "da");

    private static Answer WhatSaid(AnswerContext context, ClassifiedQuestion q, string question)
    {
        var topic = QuestionTerms.Of(q.Topic, QuestionKind.WhatSaid);
        if (NameMentions.FindEntity(context, q.Subject) is { } entity)
        {
            var statements = context.Facts.Statements
                .Select((s, i) => (Statement: s, Terms: context.StatementTerms[i]))
                .Where(x => NameMentions.Speaks(context, x.Statement, entity))
                .OrderByDescending(x => topic.Count(x.Terms.Contains))
                .ToList();
            if (topic.Count > 0 && statements.Any(x => topic.Any(x.Terms.Contains)))
            {
                statements = [.. statements.Where(x => topic.Any(x.Terms.Contains))];
            }

            if (statements.Count > 0)
            {
                var items = statements.Take(MaxStatements).Select(x => WhoAnswers.StatementItem(x.Statement, x.Statement.Direct ? "Direct quote" : "Said")).ToList();
                var text = string.Join(' ', statements.Take(2).Select(x => Phrasing.Statement(x.Statement)));
                return new Answer(AnswerKind.SaidBy, question, true, text, items, CitationList.For(items));
            }
        }

        var (mentions, spelling) = NameMentions.FindSentences(context, q.Subject);
        if (mentions.Count == 0)
        {
            return Answers.NotFound(question, $"what {q.Subject} said", Closest(context, EnglishTerms.Analyze(q.Text)));
        }

        var terms = EnglishTerms.Analyze(q.Subject).Concat(topic).ToList();
        var boost = new double[context.Sentences.Count];
        Array.Fill(boost, 0.1);
        foreach (var i in mentions)
        {
            boost[i] = (context.HasReport[i] ? 1.5 : 1) * (context.HasQuote[i] ? 1.3 : 1);
        }

        var hits = context.Index.Search(terms, Candidates, boost).Where(h => mentions.Contains(h.Index) && context.HasReport[h.Index]).ToList();

        // What the question names beyond the speaker (the verb, the topic) narrows the sentences when some have it.
        foreach (var narrow in new[] { EnglishTerms.Analyze(q.Verb), topic })
        {
            var having = hits.Where(h => narrow.Any(t => context.Index.DocumentContains(h.Index, t))).ToList();
            if (having.Count > 0)
            {
                hits = having;
            }
        }

        hits = [.. hits.Take(3)];
        if (hits.Count == 0)
        {
            return Answers.NotFound(question, $"what {spelling} said", context.CitationAt(mentions[0]));
        }

        var cited = hits.Select(h => h.Index).Order().ToList();
        var said = string.Join(' ', cited.Select(i => Say(context, i, QuestionKind.WhatSaid, [.. topic, .. EnglishTerms.Analyze(q.Verb)])));
        return new Answer(AnswerKind.SaidBy, question, true, said, [], [.. cited.Select(context.CitationAt)]);
    }

    private static Answer Search(AnswerContext context, ClassifiedQuestion q, string question)
    {
        var terms = QuestionTerms.Of(q.Text, q.Kind);
        var what = $"anything that answers “{question.Trim()}”";
        if (terms.Count == 0)
        {
            return Answers.NotFound(question, what, null);
        }

        var groups = QuestionTerms.Grouped(terms);
        var hits = context.Index.Search(groups, Candidates, Boosts(context, q));
        var cited = Choose(context, q.Kind, hits, groups);
        if (cited.Count == 0)
        {
            // The most complete partial match is the most useful thing to point at.
            var related = hits.OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score).Select(h => (int?)h.Index).FirstOrDefault();
            return Answers.NotFound(question, what, related is { } r ? context.CitationAt(r) : null);
        }

        Complete(context, cited, groups);

        cited.Sort();
        var items = new List<AnswerItem>();
        if (q.Kind == QuestionKind.When)
        {
            items.AddRange(cited.SelectMany(i => context.EventsAt[i]).Distinct().Select(TimelineAnswers.Item));
        }
        else if (q.Kind == QuestionKind.SourceOf)
        {
            items.AddRange(cited.SelectMany(i => context.SourcesAt[i]).Distinct().Select(s => SourceAnswers.Item(context, s)));
        }

        var text = q.Kind switch
        {
            QuestionKind.SourceOf => SourceOf(context, cited[0]),
            QuestionKind.YesNo => "The article says: " + string.Join(' ', cited.Select(i => Say(context, i, q.Kind, terms))),
            _ => string.Join(' ', cited.Select(i => Say(context, i, q.Kind, terms))),
        };
        return new Answer(Kind(q.Kind), question, true, text, items, CitationList.For(items, cited.Select(context.CitationAt)));
    }

    // What the question asks for weights the evidence: a when-question wants a sentence with a date, and so on.
    private static double[] Boosts(AnswerContext context, ClassifiedQuestion q)
    {
        var boost = new double[context.Sentences.Count];
        for (var i = 0; i < boost.Length; i++)
        {
            boost[i] = context.BaseBoost[i] * q.Kind switch
            {
                QuestionKind.When => context.HasTime[i] ? (context.EventsAt[i].Count > 0 ? 1.8 : 1.5) : 1,
                QuestionKind.Quantity => context.HasNumber[i] ? 1.5 : 1,
                QuestionKind.Where => context.HasPlace[i] ? 1.4 : 1,
                QuestionKind.Why => context.HasReason[i] ? 1.3 : 1,
                QuestionKind.SourceOf => context.HasReport[i] ? 1.4 : 1,
                QuestionKind.WhoSaid or QuestionKind.WhatSaid => (context.HasReport[i] ? 1.4 : 1) * (context.HasQuote[i] ? 1.2 : 1),
                _ => 1,
            };
        }

        if (q.Kind == QuestionKind.General && q.Subject.Length > 0 && EnglishTerms.Analyze(q.Subject) is [var head, ..])
        {
            for (var i = 0; i < boost.Length; i++)
            {
                if (context.Index.DocumentContains(i, head) && TextCues.Defines(context.Sentences[i].Text, q.Subject))
                {
                    boost[i] *= 2;
                }
            }
        }

        foreach (var entity in Linked(context, q.Text))
        {
            foreach (var i in entity.Citations.Select(context.SentenceOf).Where(i => i >= 0))
            {
                boost[i] *= 1.3;
            }
        }

        return boost;
    }

    // The best sentence that covers the question and has what its kind needs. A sentence may lean on a neighbour
    // in its paragraph: one that has the date or number it lacks ("The recordings show ..." then "The time span is
    // from September 2021 ..."), or, when it opens with a pronoun, the sentence before it that names who is meant.
    // A close runner-up joins as a second sentence.
    private static List<int> Choose(AnswerContext context, QuestionKind kind, IReadOnlyList<SearchHit> hits, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            if (hit.Coverage >= MinCoverage && Fits(context, kind, hit.Index))
            {
                var runnerUp = hits.Skip(h + 1).FirstOrDefault(r => r.Coverage >= Math.Max(MinCoverage, hit.Coverage - 1e-9) && Fits(context, kind, r.Index));
                return runnerUp.Score >= 0.85 * hit.Score ? [.. new[] { hit.Index, runnerUp.Index }.Order()] : [hit.Index];
            }

            foreach (var n in Neighbours(context, hit.Index))
            {
                if ((Fits(context, kind, hit.Index) || Fits(context, kind, n))
                    && Shares(context, n, groups)
                    && Coverage(context, groups, hit.Index, n) >= MinCoverage)
                {
                    return [.. new[] { hit.Index, n }.Order()];
                }
            }
        }

        return [];
    }

    // An answer that leaves a weighty question term unmatched takes the neighbouring sentence that has it
    // ("How many oppose ...": "A survey found that nearly 60% support ..." then "Opponents made up less than 20 percent").
    private static void Complete(AnswerContext context, List<int> cited, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        if (cited.Count != 1)
        {
            return;
        }

        var best = cited[0];
        var missing = groups.Where(g => g.Any(context.Index.Contains) && !g.Any(t => context.Index.DocumentContains(best, t))).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var n in Neighbours(context, best))
        {
            if (missing.Any(g => g.Any(t => context.Index.DocumentContains(n, t))))
            {
                cited.Add(n);
                cited.Sort();
                return;
            }
        }
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

    private static bool Shares(AnswerContext context, int i, IReadOnlyList<IReadOnlyList<string>> groups) =>
        groups.Any(g => g.Any(t => context.Index.DocumentContains(i, t)));

    private static double Coverage(AnswerContext context, IReadOnlyList<IReadOnlyList<string>> groups, int a, int b)
    {
        double total = 0, matched = 0;
        foreach (var group in groups)
        {
            var weight = group.Where(context.Index.Contains).Select(context.Index.Weight).DefaultIfEmpty(context.Index.MissingTermWeight).Max();
            total += weight;
            if (group.Any(t => context.Index.DocumentContains(a, t) || context.Index.DocumentContains(b, t)))
            {
                matched += weight;
            }
        }

        return total == 0 ? 0 : matched / total;
    }

    private static bool Fits(AnswerContext context, QuestionKind kind, int i) => kind switch
    {
        QuestionKind.When => context.HasTime[i],
        QuestionKind.Quantity => context.HasNumber[i],
        _ => true,
    };

    // Entities named in the question: any name or alias present as whole words.
    private static IEnumerable<Entity> Linked(AnswerContext context, string question)
    {
        if (context.EntityNames.Count == 0)
        {
            return [];
        }

        var folded = AnswerContext.Fold(question);
        return context.EntityNames
            .Where(e => !e.Entity.Generic && e.Names.Any(n => folded.Contains(n, StringComparison.Ordinal)))
            .Select(e => e.Entity);
    }

    // One sentence of the answer: a statement's attribution kept apart from the article's own voice. The
    // statement stands in for the sentence only when its content holds every question term the sentence matched
    // beyond the speaker's name; otherwise the sentence itself, which names its source, is the answer.
    private static string Say(AnswerContext context, int i, QuestionKind kind, IReadOnlyList<string> terms)
    {
        var sentence = context.Sentences[i].Text;
        var statement = context.StatementsAt[i].FirstOrDefault(s => s.Stance == Stance.Attributed
            && s.Content.Length * 5 >= sentence.Length * 2
            && Holds(context, i, s, terms));
        var body = statement is null ? sentence : Phrasing.Statement(statement);
        if (kind == QuestionKind.When && context.EventsAt[i].FirstOrDefault(e => e.Date is not null) is { } e)
        {
            return $"{Phrasing.Resolved(e)} (“{e.Expression}”, {Phrasing.Status(e)}): {body}";
        }

        return body;
    }

    private static bool Holds(AnswerContext context, int i, Statement statement, IReadOnlyList<string> terms)
    {
        var content = context.TermsOf(statement);
        var speaker = context.SpeakerTermsOf(statement);
        return terms.All(t => !context.Index.DocumentContains(i, t) || content.Contains(t) || speaker.Contains(t));
    }

    private static string SourceOf(AnswerContext context, int i)
    {
        var sentence = context.Sentences[i].Text;
        var names = context.StatementsAt[i].Where(s => s.Stance != Stance.Asserted)
            .Select(s => s.Via is null ? s.Speaker : $"{s.Speaker} (as reported by {s.Via})")
            .Concat(context.SourcesAt[i].Select(s => s.Name))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (names.Count == 0 && TextCues.GuessSpeaker(sentence) is { } guess)
        {
            names.Add(guess);
        }

        return names.Count > 0
            ? $"The article attributes it to {string.Join(", ", names)}: “{sentence}”"
            : $"The article says it in its own voice, without naming a source: “{sentence}”";
    }

    private static AnswerKind Kind(QuestionKind kind) => kind switch
    {
        QuestionKind.WhoIs => AnswerKind.WhoIs,
        QuestionKind.WhatSaid => AnswerKind.SaidBy,
        QuestionKind.WhoSaid => AnswerKind.WhoSaid,
        QuestionKind.When => AnswerKind.When,
        QuestionKind.Where => AnswerKind.Where,
        QuestionKind.Quantity => AnswerKind.Quantity,
        QuestionKind.Why => AnswerKind.Why,
        QuestionKind.YesNo => AnswerKind.YesNo,
        QuestionKind.SourceOf => AnswerKind.SourceOf,
        _ => AnswerKind.General,
    };
}
