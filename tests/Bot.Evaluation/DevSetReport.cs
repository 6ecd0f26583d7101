using System.Globalization;
using System.Text;

namespace Bot.Evaluation;

/// <summary>The figures issue 9 asks for, over one part of the dev set: share right (per question type), the share
/// of found answers that cite a supporting sentence, the share of unanswerable questions refused, and refusals that
/// offer the answering sentence as related.</summary>
internal sealed record DevSetReport(IReadOnlyList<(DevSetQuestion Question, Grade Grade)> Results)
{
    public int Count => Results.Count;

    public double Right => Share(Results, r => r.Grade.Right);

    public double FoundSupported => Share(Results.Where(r => r.Grade.Found).ToList(), r => r.Grade.Supported);

    public double UnanswerableRefused => Share(Results.Where(r => !r.Question.Answerable).ToList(), r => !r.Grade.Found);

    public double AnswerableRight => Share(Results.Where(r => r.Question.Answerable).ToList(), r => r.Grade.Right);

    public int RelatedLeaks => Results.Count(r => r.Grade.RelatedLeak);

    public static DevSetReport Run(IEnumerable<DevSetQuestion> questions, string answerer = Bot.Core.Answering.Ranking.RankedQuestionAnswerer.Name) =>
        new(questions.Select(q => (q, AnswerGrader.Grade(q, AnswerRunner.Ask(q, answerer)))).ToList());

    public string Format(string title, bool misses)
    {
        var text = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        text.AppendLine(inv, $"{title}: {Count} questions over {Results.Select(r => r.Question.Article).Distinct().Count()} articles");
        text.AppendLine(inv, $"  right {Percent(Right)}; answerable right {Percent(AnswerableRight)}; found answers citing a supporting sentence {Percent(FoundSupported)}; unanswerable refused {Percent(UnanswerableRefused)}; refusals citing the answer as related {RelatedLeaks}");
        foreach (var type in Results.GroupBy(r => r.Question.Type).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var answerable = type.Where(r => r.Question.Answerable).ToList();
            var unanswerable = type.Where(r => !r.Question.Answerable).ToList();
            var found = type.Where(r => r.Grade.Found).ToList();
            text.AppendLine(inv, $"  {type.Key,-13} {type.Count(r => r.Grade.Right),4}/{type.Count(),-4} {Percent(Share(type.ToList(), r => r.Grade.Right)),6}   answerable {answerable.Count(r => r.Grade.Right)}/{answerable.Count}, found supported {found.Count(r => r.Grade.Supported)}/{found.Count}, refused {unanswerable.Count(r => !r.Grade.Found)}/{unanswerable.Count}");
        }

        if (misses)
        {
            foreach (var (question, grade) in Results.Where(r => !r.Grade.Right))
            {
                text.AppendLine(inv, $"  MISS [{question.Type}] {question.Article} “{question.Question}”: {grade.Problem}");
            }
        }

        return text.ToString();
    }

    private static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 1.0 : (double)items.Count(predicate) / items.Count;

    private static string Percent(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
}
