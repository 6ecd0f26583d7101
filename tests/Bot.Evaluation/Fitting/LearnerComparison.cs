using System.Globalization;
using System.Text;
using Bot.Core.Answering.Ranking;

namespace Bot.Evaluation.Fitting;

/// <summary>The <c>compare</c> command: which learner to fit the ranker and the decision with, judged by
/// cross-validation over whole dev articles (five folds), so the held-out split stays unread.</summary>
internal static class LearnerComparison
{
    private const int Folds = 5;
    private const int Splits = 3;

    // CV_OUTCOMES=path writes each dev question's cross-validated outcome, to see which questions a change moves.
    private static readonly StreamWriter? Outcomes = Environment.GetEnvironmentVariable("CV_OUTCOMES") is { Length: > 0 } path
        ? new StreamWriter(path) { AutoFlush = true }
        : null;

    private delegate Func<float[], double> Learner(IReadOnlyList<(float[] Values, bool Label)> examples, string[] names);

    public static string Run(IReadOnlyList<TrainingQuestion> dev, bool trees)
    {
        var text = new StringBuilder();
        var learners = new (string Name, Learner Learn)[]
        {
            ("logistic", Linear),
            ("trees 20x4", (e, n) => Trees(e, n, trees: 20, leaves: 4, minLeaf: 20)),
            ("trees 50x8", (e, n) => Trees(e, n, trees: 50, leaves: 8, minLeaf: 20)),
            ("trees 100x8", (e, n) => Trees(e, n, trees: 100, leaves: 8, minLeaf: 30)),
            ("trees 200x16", (e, n) => Trees(e, n, trees: 200, leaves: 16, minLeaf: 20)),
        };
        foreach (var ranker in learners.Take(trees ? 3 : 1))
        {
            foreach (var decision in learners.Take(trees ? learners.Length : 1))
            {
                foreach (var veto in new[] { false, true })
                {
                    // Other splits of the articles into folds: a feature's worth is often within one split's noise.
                    var (right, topGold) = CrossValidate(dev, ranker.Learn, decision.Learn, veto, split: 0);
                    var others = Enumerable.Range(1, Splits - 1).Select(split => CrossValidate(dev, ranker.Learn, decision.Learn, veto, split).Right).ToList();
                    var mean = others.Append(right).Average();
                    text.AppendLine(CultureInfo.InvariantCulture, $"ranker {ranker.Name,-12} decision {decision.Name,-12} veto {veto,-5}: right {right:P1}, ranker's first gold {topGold:P1}; over {Splits} splits {mean:P2} ({string.Join(" ", others.Prepend(right).Select(r => r.ToString("P1", CultureInfo.InvariantCulture)))})");
                }
            }
        }

        return text.ToString();
    }

    /// <summary>A logistic ranker fitted on every candidate of <paramref name="dev"/>.</summary>
    public static Func<float[], double> LinearRanker(IReadOnlyList<TrainingQuestion> dev) =>
        Linear([.. dev.SelectMany(q => q.Found.Candidates.Select((c, n) => (RankerFeatures.Of(c), q.Gold[n])))], [.. RankerFeatures.Names]);

    /// <summary>Each dev question's top candidate under a ranker fitted on all of dev, as tab-separated rows: the
    /// question, its type, whether it is answerable, whether the top is gold, the decision features and the sentence.</summary>
    public static string Tops(IReadOnlyList<TrainingQuestion> dev)
    {
        var rank = LinearRanker(dev);
        var text = new StringBuilder();
        text.AppendLine(string.Join('\t', new[] { "question", "type", "answerable", "gold", "phrase" }.Concat(DecisionFeatures.Names).Append("sentence")));
        foreach (var q in dev)
        {
            if (Top(q, rank) is not { } top)
            {
                continue;
            }

            var values = Decision(top).Select(v => v.ToString("0.###", CultureInfo.InvariantCulture));
            var sentence = EvalArticles.Get(q.Question.Article).Article.Sentences[top.Best.Sentence].Text.ReplaceLineEndings(" ").Replace('\t', ' ');
            text.AppendLine(string.Join('\t', new[] { q.Question.Question, q.Question.Type, q.Question.Answerable ? "1" : "0", top.Gold ? "1" : "0", top.Best.Phrase?.Text ?? "" }.Concat(values).Append(sentence)));
        }

        return text.ToString();
    }

    private static (double Right, double TopGold) CrossValidate(IReadOnlyList<TrainingQuestion> dev, Learner rankerLearner, Learner decisionLearner, bool veto, int split)
    {
        var rankerNames = RankerFeatures.Names.ToArray();
        var decisionNames = DecisionFeatures.Names.ToArray();
        int right = 0, topGold = 0, answerable = 0;
        for (var fold = 0; fold < Folds; fold++)
        {
            var train = dev.Where(q => FoldOf(q, split) != fold).ToList();
            var test = dev.Where(q => FoldOf(q, split) == fold).ToList();
            var rank = rankerLearner([.. train.SelectMany(q => q.Found.Candidates.Select((c, n) => (RankerFeatures.Of(c), q.Gold[n])))], rankerNames);
            var trainTops = train.Select(q => (Question: q, Top: Top(q, rank, veto))).ToList();
            var decide = decisionLearner([.. trainTops.Where(t => t.Top is not null).Select(t => (Decision(t.Top!.Value), t.Question.Question.Answerable && t.Top!.Value.Gold))], decisionNames);
            double? Scored(TrainingQuestion q, (Candidate Best, double Score, double? RunnerUp, bool Gold)? top) =>
                top is { } t && !AnswerScorer.RefusesOutright(t.Best, veto) ? decide(Decision(t)) : null;
            var cut = BestCut([.. trainTops.Select(t => (Scored(t.Question, t.Top), t.Question.Question.Answerable, t.Top?.Gold ?? false))]);
            foreach (var q in test)
            {
                var top = Top(q, rank, veto);
                var score = Scored(q, top);
                var isRight = IsRight(score, q.Question.Answerable, top?.Gold ?? false, cut);
                right += isRight ? 1 : 0;
                if (split == 0)
                {
                    Outcomes?.WriteLine($"{(veto ? 1 : 0)}\t{(isRight ? 1 : 0)}\t{q.Question.Type}\t{q.Question.Answerable}\t{q.Question.Question}\t{top?.Best.Phrase?.Text}");
                }

                if (q.Question.Answerable)
                {
                    answerable++;
                    topGold += top?.Gold == true ? 1 : 0;
                }
            }
        }

        return ((double)right / dev.Count, answerable == 0 ? 0 : (double)topGold / answerable);
    }

    private static float[] Decision((Candidate Best, double Score, double? RunnerUp, bool Gold) top) => DecisionFeatures.Of(top.Best, top.Score, top.RunnerUp);

    // Split 0 is the one every earlier figure was measured on.
    private static int FoldOf(TrainingQuestion question, int split) =>
        (int)((uint)StableHash(split == 0 ? question.Question.Article : $"{split}:{question.Question.Article}") % Folds);

    private static int StableHash(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked((hash * 31) + c);
        }

        return hash;
    }

    // As AnswerScorer.Choose: with the veto, the first candidate it lets through, if any.
    private static (Candidate Best, double Score, double? RunnerUp, bool Gold)? Top(TrainingQuestion question, Func<float[], double> rank, bool veto = false)
    {
        var scored = question.Found.Candidates.Select((c, n) => (Candidate: c, Score: rank(RankerFeatures.Of(c)), Gold: question.Gold[n]))
            .OrderByDescending(x => x.Score)
            .ToList();
        if (scored.Count == 0)
        {
            return null;
        }

        var at = AnswerScorer.ChosenAt(scored, x => x.Candidate, veto);
        var runnerUp = scored.Where((_, i) => i != at).Select(x => (double?)x.Score).FirstOrDefault();
        return (scored[at].Candidate, scored[at].Score, runnerUp, scored[at].Gold);
    }

    private static double BestCut(IReadOnlyList<(double? Score, bool Answerable, bool Gold)> decided)
    {
        var cuts = decided.Where(d => d.Score is not null).Select(d => d.Score!.Value).Distinct().Order().ToList();
        var chosen = 0.0;
        var most = -1;
        foreach (var cut in cuts.Select((c, n) => n == 0 ? c - 1e-3 : (c + cuts[n - 1]) / 2).Append(cuts.LastOrDefault() + 1e-3))
        {
            var right = decided.Count(d => IsRight(d.Score, d.Answerable, d.Gold, cut));
            if (right > most)
            {
                (most, chosen) = (right, cut);
            }
        }

        return chosen;
    }

    private static bool IsRight(double? score, bool answerable, bool gold, double cut)
    {
        var answered = score >= cut;
        return answerable ? answered && gold : !answered;
    }

    private static Func<float[], double> Linear(IReadOnlyList<(float[] Values, bool Label)> examples, string[] names)
    {
        var weights = ScorerFitter.Logistic(examples, names);
        var w = names.Select(n => weights.Weights[n]).ToArray();
        return values =>
        {
            var total = weights.Bias;
            for (var k = 0; k < w.Length; k++)
            {
                total += w[k] * values[k];
            }

            return total;
        };
    }

    private static Func<float[], double> Trees(IReadOnlyList<(float[] Values, bool Label)> examples, string[] names, int trees, int leaves, int minLeaf)
    {
        var ensemble = TreeFitter.Fit(examples, names, trees, leaves, minLeaf);
        return values => ensemble.Score(values);
    }
}
