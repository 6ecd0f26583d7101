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

    // A sentence that shares only a word the whole article is about ("TikTok") is not worth offering as related.
    private const double MinRelatedCoverage = 0.25;

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
        context.Index.Search(terms, 1, context.BaseBoost) is [var hit, ..] && hit.Coverage >= MinRelatedCoverage ? context.CitationAt(hit.Index) : null;

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
        var hits = context.Index.Search(groups, Candidates, Evidence.Boosts(context, q));
        var cited = Evidence.Choose(context, q.Kind, hits, groups);
        if (cited.Count == 0)
        {
            // The most complete partial match is the most useful thing to point at.
            var related = hits.Where(h => h.Coverage >= MinRelatedCoverage)
                .OrderByDescending(h => h.Coverage).ThenByDescending(h => h.Score).Select(h => (int?)h.Index).FirstOrDefault();
            return Answers.NotFound(question, what, related is { } r ? context.CitationAt(r) : null);
        }

        Evidence.Complete(context, cited, groups);

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
