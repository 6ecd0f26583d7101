using Bot.Core.Facts;
using Bot.Core.Search;

namespace Bot.Core.Answering;

/// <summary>Picks the sentences that answer a question from the ranked hits: weighted by what the question asks
/// for, complete enough to count, and joined by a neighbour when the answer spans two sentences.</summary>
internal static class Evidence
{
    // What the question asks for weights the evidence: a when-question wants a sentence with a date, and so on.
    public static double[] Boosts(AnswerContext context, ClassifiedQuestion q)
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
    public static List<int> Choose(AnswerContext context, QuestionKind kind, IReadOnlyList<SearchHit> hits, IReadOnlyList<IReadOnlyList<string>> groups)
    {
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            if (hit.Coverage >= QuestionAnswers.MinCoverage && Fits(context, kind, hit.Index))
            {
                var runnerUp = hits.Skip(h + 1).FirstOrDefault(r => r.Coverage >= Math.Max(QuestionAnswers.MinCoverage, hit.Coverage - 1e-9) && Fits(context, kind, r.Index));
                return runnerUp.Score >= 0.85 * hit.Score ? [.. new[] { hit.Index, runnerUp.Index }.Order()] : [hit.Index];
            }

            foreach (var n in Neighbours(context, hit.Index))
            {
                if ((Fits(context, kind, hit.Index) || Fits(context, kind, n))
                    && Shares(context, n, groups)
                    && Coverage(context, groups, hit.Index, n) >= QuestionAnswers.MinCoverage)
                {
                    return [.. new[] { hit.Index, n }.Order()];
                }
            }
        }

        return [];
    }

    // An answer that leaves a weighty question term unmatched takes the neighbouring sentence that has it
    // ("How many oppose ...": "A survey found that nearly 60% support ..." then "Opponents made up less than 20 percent").
    public static void Complete(AnswerContext context, List<int> cited, IReadOnlyList<IReadOnlyList<string>> groups)
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

    public static bool Fits(AnswerContext context, QuestionKind kind, int i) => kind switch
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
}
