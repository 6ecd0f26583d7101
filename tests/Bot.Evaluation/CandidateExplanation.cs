using System.Globalization;
using System.Text;
using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;

namespace Bot.Evaluation;

/// <summary>For working on misses: how the ranked answerer saw one dev question (its type, its best candidates
/// with the ranker's score and the features that moved it, and the decision's score against its threshold).</summary>
internal static class CandidateExplanation
{
    private const int Shown = 4;

    public static string Run(IEnumerable<DevSetQuestion> questions, string containing)
    {
        var sb = new StringBuilder();
        foreach (var q in questions.Where(q => q.Question.Contains(containing, StringComparison.OrdinalIgnoreCase)))
        {
            Explain(sb, q);
        }

        return sb.Length == 0 ? $"no dev question contains “{containing}”" : sb.ToString();
    }

    /// <summary>Every spelling correction the normaliser makes on the questions, to spot real words it "mends".</summary>
    public static string Corrections(IEnumerable<DevSetQuestion> questions)
    {
        var sb = new StringBuilder();
        foreach (var q in questions)
        {
            var normalized = RankedQuestionAnswerer.Normalize(EvalArticles.Get(q.Article), RequestParser.Parse(q.Question).Argument);
            if (normalized.Corrections.Count > 0)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"{string.Join(", ", normalized.Corrections),-40} “{q.Question}”");
            }
        }

        return sb.ToString();
    }

    private static void Explain(StringBuilder sb, DevSetQuestion q)
    {
        var facts = EvalArticles.Get(q.Article);
        EvalVectors.Prepare(facts);
        var answerer = new RankedQuestionAnswerer(EvalVectors.Store);
        var normalized = RankedQuestionAnswerer.Normalize(facts, RequestParser.Parse(q.Question).Argument);
        var found = answerer.Candidates(facts, normalized.Text);
        var (lexical, semantic) = AnswerScorer.Shipped;
        var scorer = found.Semantic && semantic is not null ? semantic : lexical;
        var context = AnswerContext.For(facts);
        var ranked = found.Candidates.Select(c => (Candidate: c, Score: scorer.Score(c))).OrderByDescending(x => x.Score).ToList();

        sb.AppendLine(CultureInfo.InvariantCulture, $"## {q.Article} [{q.Type}] “{q.Question}” → “{normalized.Text}” (type {found.Type}, answerable {q.Answerable}, cite “{q.Cite}”)");
        if (ranked.Count > 0)
        {
            var decision = scorer.DecisionScore(ranked[0].Candidate, ranked[0].Score, ranked.Count > 1 ? ranked[1].Score : null);
            sb.AppendLine(CultureInfo.InvariantCulture, $"   decision {decision:F2} vs threshold {scorer.DecisionThreshold:F2}{(scorer.Vetoes(ranked[0].Candidate) ? " (vetoed: type missing)" : string.Empty)}");
        }

        foreach (var (c, score) in ranked.Take(Shown))
        {
            var text = context.Sentences[c.Sentence].Text;
            var gold = q.Cite.Length > 0 && text.Contains(q.Cite, StringComparison.OrdinalIgnoreCase) ? " GOLD" : string.Empty;
            sb.AppendLine(CultureInfo.InvariantCulture, $"   {score,6:F2}{gold} [{c.Phrase?.Text}] {(text.Length > 140 ? text[..140] : text)}");
            var features = Enum.GetValues<Feature>().Where(f => c[f] != 0).Select(f => string.Create(CultureInfo.InvariantCulture, $"{f}={c[f]:0.##}"));
            sb.Append("          ").AppendJoin(' ', features).AppendLine();
        }
    }
}
