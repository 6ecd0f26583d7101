using System.Globalization;
using System.Text;
using Bot.Core.Answering;
using Bot.Core.Answering.Typing;
using Bot.Core.Facts;

namespace Bot.Evaluation;

/// <summary>Measures answer typing on the dev split: how often the classifier names the question's type, and how
/// often the short answer it picks from the gold sentence holds an answer fragment, with the classified type and,
/// to tell extraction from classification, with the gold type. Held-out questions are never read here.</summary>
internal static class TypingEvaluation
{
    public static string Run(IEnumerable<DevSetQuestion> questions, bool misses)
    {
        ArgumentNullException.ThrowIfNull(questions);
        var rows = new List<Row>();
        foreach (var q in questions.Where(q => q.Split == "dev"))
        {
            var expected = Expected(q.Type);
            var classified = AnswerTypeClassifier.Of(q.Question);
            string? picked = null;
            bool? hit = null, hitGoldType = null;
            if (q.Answerable && q.Answer.Count > 0 && Gold(q) is { } gold)
            {
                var entities = EvalArticles.Get(q.Article).Entities;
                picked = AnswerPhrases.Best(gold, classified, q.Question, entities)?.Text;
                hit = HasFragment(picked, q);
                hitGoldType = HasFragment(AnswerPhrases.Best(gold, expected, q.Question, entities)?.Text, q);
            }

            rows.Add(new Row(q, expected, classified, picked, hit, hitGoldType));
        }

        return Format(rows, misses);
    }

    private sealed record Row(DevSetQuestion Question, AnswerType Expected, AnswerType Classified, string? Picked, bool? Hit, bool? HitGoldType);

    private static string Format(List<Row> rows, bool misses)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"{"type",-13} {"n",4} {"classified",11} {"answerable",10} {"phrase",8} {"gold-type",9}");
        foreach (var group in rows.GroupBy(r => r.Question.Type).OrderBy(g => g.Key, StringComparer.Ordinal).Append(rows.GroupBy(_ => "all").Single()))
        {
            var graded = group.Where(r => r.Hit is not null).ToList();
            text.AppendLine(c, $"{group.Key,-13} {group.Count(),4} {Percent(group.Count(r => r.Classified == r.Expected), group.Count()),11} "
                + $"{graded.Count,10} {Percent(graded.Count(r => r.Hit == true), graded.Count),8} {Percent(graded.Count(r => r.HitGoldType == true), graded.Count),9}");
        }

        if (misses)
        {
            foreach (var r in rows.Where(r => r.Classified != r.Expected))
            {
                text.AppendLine(c, $"type  {r.Question.Type,-12} as {r.Classified,-12} {r.Question.Question}");
            }

            foreach (var r in rows.Where(r => r.Hit == false))
            {
                text.AppendLine(c, $"miss  {r.Question.Type,-12} as {r.Classified,-12} {r.Question.Question} → “{r.Picked}”, want {string.Join(" + ", r.Question.Answer)}");
            }
        }

        return text.ToString();
    }

    private static string Percent(int part, int whole) =>
        whole == 0 ? "-" : (100.0 * part / whole).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private static AnswerType Expected(string type) => type switch
    {
        "who-is" => AnswerType.Description,
        "yesno" => AnswerType.YesNo,
        _ => Enum.Parse<AnswerType>(type, ignoreCase: true),
    };

    // The article's sentence holding the cite, as the grader matches it.
    private static string? Gold(DevSetQuestion question) =>
        AnswerContext.For(EvalArticles.Get(question.Article)).Sentences
            .FirstOrDefault(s => AnswerGrader.IsGoldSentence(question, Citation.Of(s)))?.Text;

    // One fragment (any of its alternatives) in the picked phrase counts as a hit.
    private static bool HasFragment(string? picked, DevSetQuestion question) =>
        picked is not null && question.Answer.Any(f => f.Split('|').Any(a => Fold(picked).Contains(Fold(a), StringComparison.Ordinal)));

    private static string Fold(string text) => text.ToLowerInvariant()
        .Replace('\u2019', '\'').Replace('\u2018', '\'').Replace('\u201C', '"').Replace('\u201D', '"')
        .Replace('\u2013', '-').Replace('\u2014', '-').Replace('\u00A0', ' ');
}
