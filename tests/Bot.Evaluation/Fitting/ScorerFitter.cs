using Bot.Core.Answering.Ranking;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Bot.Evaluation.Fitting;

/// <summary>Fits the answer scorer: a logistic regression (ML.NET's L-BFGS trainer) over every candidate of every
/// training question, labelled by whether it cites the gold sentence, then the threshold on the best candidate's
/// score that gets the most questions right (answered from the gold sentence, or refused when unanswerable).</summary>
internal static class ScorerFitter
{
    private static readonly Feature[] SemanticFeatures = [Feature.Cosine, Feature.CosineGap, Feature.CosineRank];

    public static ScorerWeights Fit(IReadOnlyList<TrainingQuestion> questions, bool semantic)
    {
        var features = Enum.GetValues<Feature>().Where(f => semantic || !SemanticFeatures.Contains(f)).ToArray();
        var rows = questions
            .SelectMany(q => q.Found.Candidates.Select((c, n) => new Row { Features = [.. features.Select(f => c[f])], Label = q.Gold[n] }))
            .ToList();
        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, features.Length);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var model = ml.BinaryClassification.Trainers
            .LbfgsLogisticRegression(nameof(Row.Label), nameof(Row.Features), l2Regularization: 0.1f)
            .Fit(data);
        var linear = model.Model.SubModel;
        var weights = features.Select((f, k) => (f, (double)linear.Weights[k])).ToDictionary(x => x.f.ToString(), x => Math.Round(x.Item2, 4), StringComparer.Ordinal);
        var unthresholded = new ScorerWeights(weights, Math.Round(linear.Bias, 4), 0);
        return unthresholded with { Threshold = Math.Round(BestThreshold(questions, new AnswerScorer(unthresholded)), 4) };
    }

    /// <summary>The share of questions right at a threshold, as the fit counts it.</summary>
    public static double Right(IReadOnlyList<TrainingQuestion> questions, AnswerScorer scorer, double threshold) =>
        questions.Count == 0 ? 0 : (double)questions.Count(q => IsRight(q, Best(q, scorer), threshold)) / questions.Count;

    private static double BestThreshold(IReadOnlyList<TrainingQuestion> questions, AnswerScorer scorer)
    {
        var bests = questions.Select(q => (Question: q, Best: Best(q, scorer))).ToList();
        var cuts = bests.Where(b => b.Best.Score is not null).Select(b => b.Best.Score!.Value).Distinct().Order().ToList();
        var chosen = 0.0;
        var most = -1;
        foreach (var cut in cuts.Select((c, n) => n == 0 ? c - 1e-3 : (c + cuts[n - 1]) / 2).Append(cuts.LastOrDefault() + 1e-3))
        {
            var right = bests.Count(b => IsRight(b.Question, b.Best, cut));
            if (right > most)
            {
                (most, chosen) = (right, cut);
            }
        }

        return chosen;
    }

    private static (double? Score, bool Gold) Best(TrainingQuestion question, AnswerScorer scorer)
    {
        var scored = question.Found.Candidates.Select((c, n) => (Score: scorer.Score(c), Gold: question.Gold[n])).ToList();
        return scored.Count == 0 ? (null, false) : scored.MaxBy(x => x.Score) is var best ? (best.Score, best.Gold) : default;
    }

    private static bool IsRight(TrainingQuestion question, (double? Score, bool Gold) best, double threshold)
    {
        var answered = best.Score >= threshold;
        return question.Question.Answerable ? answered && best.Gold : !answered;
    }

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }
}
