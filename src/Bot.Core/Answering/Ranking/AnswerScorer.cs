using System.Text.Json;

namespace Bot.Core.Answering.Ranking;

/// <summary>Scores candidates with the fitted weights shipped in <c>AnswerScorer.json</c> (an embedded resource).
/// A feature the weights do not name counts zero, so an older file still loads.</summary>
internal sealed class AnswerScorer
{
    public const string ResourceName = "Bot.Core.Answering.Ranking.AnswerScorer.json";

    private readonly double[] _weights;

    public AnswerScorer(ScorerWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = [.. Enum.GetValues<Feature>().Select(f => weights.Weights.GetValueOrDefault(f.ToString()))];
        Bias = weights.Bias;
        Threshold = weights.Threshold;
    }

    public double Bias { get; }

    /// <summary>The score a candidate must reach to be the answer.</summary>
    public double Threshold { get; }

    /// <summary>The shipped scorers: (lexical, semantic or null).</summary>
    public static (AnswerScorer Lexical, AnswerScorer? Semantic) Shipped { get; } = Load();

    /// <summary>The candidate's log-odds of being the sentence that answers.</summary>
    public double Score(Candidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var score = Bias;
        for (var f = 0; f < _weights.Length; f++)
        {
            score += _weights[f] * candidate.Features[f];
        }

        return score;
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
