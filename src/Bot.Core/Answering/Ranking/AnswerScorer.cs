using System.Text.Json;
using Bot.Core.Answering.Typing;

namespace Bot.Core.Answering.Ranking;

/// <summary>Scores candidates with the fitted weights shipped in <c>AnswerScorer.json</c> (an embedded resource).
/// A feature the weights do not name counts zero, so an older file still loads.</summary>
internal sealed class AnswerScorer
{
    public const string ResourceName = "Bot.Core.Answering.Ranking.AnswerScorer.json";

    private readonly double[] _weights;
    private readonly double[]? _decision;

    public AnswerScorer(ScorerWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = [.. RankerFeatures.Names.Select(n => weights.Weights.GetValueOrDefault(n))];
        Bias = weights.Bias;
        Threshold = weights.Threshold;
        RefusesWhenTypeMissing = weights.RefuseWhenTypeMissing;
        if (weights.Decision is { } decision)
        {
            _decision = [.. DecisionFeatures.Names.Select(n => decision.Weights.GetValueOrDefault(n))];
            DecisionBias = decision.Bias;
            DecisionThreshold = decision.Threshold;
        }
    }

    public bool RefusesWhenTypeMissing { get; }

    public double DecisionBias { get; }

    public double DecisionThreshold { get; }

    public double Bias { get; }

    /// <summary>The candidate the decision weighs, with its score and the best other score: the ranker's first,
    /// unless that one is vetoed and another is not. "How old is Ana Okafor": the sentences naming her in full
    /// outrank "Ms. Okafor, 52, said", but hold no age. Null when there are no candidates.</summary>
    public (Candidate Best, double Score, double? RunnerUp)? Choose(IEnumerable<Candidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        var ranked = candidates.Select(c => (Candidate: c, Score: Score(c))).OrderByDescending(x => x.Score).ToList();
        if (ranked.Count == 0)
        {
            return null;
        }

        var at = ChosenAt(ranked, x => x.Candidate, RefusesWhenTypeMissing);
        var runnerUp = ranked.Where((_, i) => i != at).Select(x => (double?)x.Score).FirstOrDefault();
        return (ranked[at].Candidate, ranked[at].Score, runnerUp);
    }

    /// <summary>The score a candidate must reach to be the answer.</summary>
    public double Threshold { get; }

    /// <summary>The shipped scorers: (lexical, semantic or null).</summary>
    public static (AnswerScorer Lexical, AnswerScorer? Semantic) Shipped { get; } = Load();

    /// <summary>The candidate's log-odds of being the sentence that answers.</summary>
    public double Score(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var values = RankerFeatures.Of(candidate);
        var score = Bias;
        for (var f = 0; f < _weights.Length; f++)
        {
            score += _weights[f] * values[f];
        }

        return score;
    }

    /// <summary>The decision's score for answering with <paramref name="best"/>; its own ranker score when no
    /// decision was fitted.</summary>
    public double DecisionScore(Candidate best, double score, double? runnerUp)
    {
        if (_decision is null)
        {
            return score;
        }

        var values = DecisionFeatures.Of(best, score, runnerUp);
        var total = DecisionBias;
        for (var f = 0; f < _decision.Length; f++)
        {
            total += _decision[f] * values[f];
        }

        return total;
    }

    /// <summary>True when <paramref name="best"/>, ranked first with <paramref name="score"/>, should be given as
    /// the answer rather than a refusal.</summary>
    public bool Accepts(Candidate best, double score, double? runnerUp)
    {
        ArgumentNullException.ThrowIfNull(best);
        if (Refuses(best))
        {
            return false;
        }

        return _decision is null ? score >= Threshold : DecisionScore(best, score, runnerUp) >= DecisionThreshold;
    }

    /// <summary>True when <paramref name="best"/> is refused whatever its score: the question wants a date, an amount
    /// or a name, the sentence has none, and the lexical answerer did not find its answer there either (it reads
    /// clauses such as "when Bloomberg published the message" that hold no date phrase).</summary>
    public bool Vetoes(Candidate best) => RefusesWhenTypeMissing && LacksWantedType(best);

    /// <summary>True when <paramref name="best"/> is refused whatever the decision says: vetoed or contradicted.</summary>
    public bool Refuses(Candidate best) => RefusesOutright(best, RefusesWhenTypeMissing);

    /// <summary>As <see cref="Refuses"/>, for a scorer with or without the veto.</summary>
    public static bool RefusesOutright(Candidate best, bool veto) => (veto && LacksWantedType(best)) || Contradicts(best);

    /// <summary>Where in a ranking, best first, the decision looks: the first candidate unless the veto refuses it and
    /// lets a later one through.</summary>
    public static int ChosenAt<T>(IReadOnlyList<T> ranked, Func<T, Candidate> candidate, bool veto)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(candidate);
        if (!veto || ranked.Count == 0 || !LacksWantedType(candidate(ranked[0])))
        {
            return 0;
        }

        for (var i = 1; i < ranked.Count; i++)
        {
            if (!LacksWantedType(candidate(ranked[i])))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>The best sentence answers another question, whatever it scores: the question names something the
    /// article never mentions ("where is McKinley based"), pins a time the sentence only has another of ("in August"
    /// against "in May"), asks who did what the sentence leaves to an unnamed one ("the arrest of a man"), asks
    /// "when will" of a sentence that only dates the past, or wants an amount, a count or a share the sentence does
    /// not hold, even where the lexical answerer took it (a date may stand as a clause: "when Bloomberg published
    /// the message"). On dev, no right answer's sentence showed any of these.</summary>
    public static bool Contradicts(Candidate best)
    {
        ArgumentNullException.ThrowIfNull(best);
        return best[Feature.NameAbsent] > 0 || best[Feature.TimeUnmet] > 0 || best[Feature.RoleUnnamed] > 0 || best[Feature.DateUnmet] > 0
            || (best.Wanted is AnswerType.Count or AnswerType.Money or AnswerType.Percent && best[Feature.TypeFits] == 0);
    }

    /// <summary>The veto's rule, whether or not a scorer applies it.</summary>
    public static bool LacksWantedType(Candidate best)
    {
        ArgumentNullException.ThrowIfNull(best);
        return best[Feature.TypeWanted] > 0 && best[Feature.TypeFits] == 0
            && !(best[Feature.LexicalFound] > 0 && best[Feature.LexicalCited] > 0);
    }

    private static (AnswerScorer, AnswerScorer?) Load()
    {
        using var stream = typeof(AnswerScorer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The fitted answer scorer ({ResourceName}) is missing from the assembly.");
        var model = JsonSerializer.Deserialize(stream, RankingJsonContext.Default.ScorerModel)
            ?? throw new InvalidOperationException("The fitted answer scorer is empty.");
        return (new AnswerScorer(model.Lexical), model.Semantic is null ? null : new AnswerScorer(model.Semantic));
    }
}
