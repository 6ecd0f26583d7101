namespace Bot.Core.Answering.Ranking;

/// <summary>One fitted logistic scorer: a weight per feature name, a bias, and the score a candidate must reach to
/// be given as the answer. Fitted by <c>dotnet run --project tests/Bot.Evaluation -- fit</c> on the dev split.</summary>
internal sealed record ScorerWeights(IReadOnlyDictionary<string, double> Weights, double Bias, double Threshold)
{
    /// <summary>The answer-or-refuse decision over <see cref="DecisionFeatures"/>, fitted after the ranker; without
    /// it, the best candidate's own score against <see cref="Threshold"/> decides.</summary>
    public ScorerWeights? Decision { get; init; }

    /// <summary>True when the fit found that a question wanting a date, an amount or a name is better refused than
    /// answered by a sentence with none, whatever the decision's score (<see cref="DecisionFeatures.TypeMissing"/>).</summary>
    public bool RefuseWhenTypeMissing { get; init; }
}
