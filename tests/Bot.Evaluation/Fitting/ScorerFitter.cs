using Bot.Core.Answering.Ranking;

namespace Bot.Evaluation.Fitting;

/// <summary>Fits the answer scorer in two stages, both logistic regressions (<see cref="NewtonLogistic"/>). The ranker
/// is fitted over every candidate of every training question, labelled by whether it cites the gold sentence. The
/// decision is fitted over each question's top candidate (<see cref="DecisionFeatures"/>), labelled by whether
/// answering with it is right; its threshold is the one that gets the most questions right (answered from the
/// gold sentence, or refused when unanswerable). Whether a question wanting a typed phrase is refused outright when
/// the top sentence has none is chosen the same way: kept only if it gets more dev questions right.</summary>
internal static class ScorerFitter
{
    // Chosen by five-fold CV over dev articles, the mean of three splits, on the 1,515-question dev split: the
    // ranker at 1 / 2 / 3 / 5 / 10 got 76.20 / 77.19 / 77.21 / 77.01 / 77.04 % with the decision alike; then the
    // decision at 1 / 3 / 10 / 30 / 100 got 76.77 / 77.21 / 77.70 / 77.52 / 77.12 % (ranker at 3), and the ranker at 1
    // beside a decision at 10, 77.28 %. On the first 1,048 questions, 1 had been best for both.
    private const double RankerL2 = 3.0;
    private const double DecisionL2 = 10.0;

    private static readonly Feature[] SemanticFeatures = [Feature.Cosine, Feature.CosineGap, Feature.CosineRank];

    public static ScorerWeights Fit(IReadOnlyList<TrainingQuestion> questions, bool semantic)
    {
        var features = RankerFeatures.Names.Where(n => semantic || !SemanticFeatures.Any(f => RankerFeatures.Reads(n, f))).ToArray();
        var ranker = Logistic(
            questions.SelectMany(q => q.Found.Candidates.Select((c, n) => (Values: Pick(RankerFeatures.Of(c), features, RankerFeatures.Names), Label: q.Gold[n]))),
            features);
        var decisionNames = DecisionFeatures.Names.Where(n => semantic || !SemanticFeatures.Any(f => RankerFeatures.Reads(n, f))).ToArray();

        // With the veto, the decision weighs the likeliest sentence that has the wanted type, so it learns on those.
        return new[] { false, true }
            .Select(refuse => ranker with { RefuseWhenTypeMissing = refuse })
            .Select(ranking => ranking with { Decision = Decision(questions, new AnswerScorer(ranking), decisionNames) })
            .Select(fitted => fitted with { Decision = fitted.Decision! with { Threshold = Math.Round(BestThreshold(questions, new AnswerScorer(fitted)), 4) } })
            .MaxBy(fitted => Right(questions, new AnswerScorer(fitted), fitted.Decision!.Threshold))!;
    }

    private static ScorerWeights Decision(IReadOnlyList<TrainingQuestion> questions, AnswerScorer ranking, string[] names)
    {
        var tops = questions.Select(q => (Question: q, Top: Top(q, ranking))).Where(x => x.Top is not null).ToList();
        return Logistic(
            tops.Select(x => (Pick(DecisionFeatures.Of(x.Top!.Value.Best, x.Top.Value.Score, x.Top.Value.RunnerUp), names, DecisionFeatures.Names), IsGood(x.Question, x.Top!.Value))),
            names);
    }

    /// <summary>The share of questions right, as the fit counts it.</summary>
    public static double Right(IReadOnlyList<TrainingQuestion> questions, AnswerScorer scorer, double threshold) =>
        questions.Count == 0 ? 0 : (double)questions.Count(q => IsRight(q, Decided(q, scorer), threshold)) / questions.Count;

    /// <summary>How often the ranker puts a gold sentence first for an answerable question, and the share of all
    /// questions a perfect decision over that ranking would get right: where the misses are, ranking or deciding.</summary>
    public static (double TopIsGold, double PerfectDecision) Ceiling(IReadOnlyList<TrainingQuestion> questions, AnswerScorer scorer)
    {
        var answerable = questions.Where(q => q.Question.Answerable).ToList();
        var topGold = answerable.Count(q => Top(q, scorer) is { Gold: true });
        var perfect = topGold + questions.Count(q => !q.Question.Answerable);
        return (answerable.Count == 0 ? 0 : (double)topGold / answerable.Count, questions.Count == 0 ? 0 : (double)perfect / questions.Count);
    }

    // The decision reads the ranker's score among its features; the ranker does not.
    private static double L2For(string[] names) => names.Contains(DecisionFeatures.RankerScore) ? DecisionL2 : RankerL2;

    internal static ScorerWeights Logistic(IEnumerable<(float[] Values, bool Label)> examples, string[] names)
    {
        var (weights, bias) = NewtonLogistic.Fit([.. examples], names.Length, L2For(names));
        return new ScorerWeights(
            names.Select((n, k) => (n, Math.Round(weights[k], 4))).ToDictionary(x => x.n, x => x.Item2, StringComparer.Ordinal),
            Math.Round(bias, 4),
            0);
    }

    private static float[] Pick(float[] values, string[] names, IReadOnlyList<string> all) =>
        [.. names.Select(n => values[all.IndexOf(n)])];

    private static int IndexOf(this IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"No feature named {name}.", nameof(name));
    }

    private static (Candidate Best, double Score, double? RunnerUp, bool Gold)? Top(TrainingQuestion question, AnswerScorer scorer)
    {
        var candidates = question.Found.Candidates;
        return scorer.Choose(candidates) is { } chosen
            ? (chosen.Best, chosen.Score, chosen.RunnerUp, question.Gold[IndexOf(candidates, chosen.Best)])
            : null;
    }

    private static int IndexOf(IReadOnlyList<Candidate> candidates, Candidate candidate)
    {
        for (var n = 0; n < candidates.Count; n++)
        {
            if (ReferenceEquals(candidates[n], candidate))
            {
                return n;
            }
        }

        throw new ArgumentException("The chosen candidate is not among the question's.", nameof(candidate));
    }

    private static bool IsGood(TrainingQuestion question, (Candidate Best, double Score, double? RunnerUp, bool Gold) top) =>
        question.Question.Answerable && top.Gold;

    private static double BestThreshold(IReadOnlyList<TrainingQuestion> questions, AnswerScorer scorer)
    {
        var decided = questions.Select(q => (Question: q, Decided: Decided(q, scorer))).ToList();
        var cuts = decided.Where(b => b.Decided.Score is not null).Select(b => b.Decided.Score!.Value).Distinct().Order().ToList();
        var chosen = 0.0;
        var most = -1;
        foreach (var cut in cuts.Select((c, n) => n == 0 ? c - 1e-3 : (c + cuts[n - 1]) / 2).Append(cuts.LastOrDefault() + 1e-3))
        {
            var right = decided.Count(b => IsRight(b.Question, b.Decided, cut));
            if (right > most)
            {
                (most, chosen) = (right, cut);
            }
        }

        return chosen;
    }

    // The decision's score for answering with the top candidate, and whether that candidate is gold.
    // A refusal the scorer makes whatever the score reads as no score at all.
    private static (double? Score, bool Gold) Decided(TrainingQuestion question, AnswerScorer scorer) =>
        Top(question, scorer) is { } top
            ? (scorer.Refuses(top.Best) ? null : scorer.DecisionScore(top.Best, top.Score, top.RunnerUp), top.Gold)
            : (null, false);

    private static bool IsRight(TrainingQuestion question, (double? Score, bool Gold) decided, double threshold)
    {
        var answered = decided.Score >= threshold;
        return question.Question.Answerable ? answered && decided.Gold : !answered;
    }
}
