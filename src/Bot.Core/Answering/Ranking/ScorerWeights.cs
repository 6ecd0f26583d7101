namespace Bot.Core.Answering.Ranking;

/// <summary>One fitted logistic scorer: a weight per feature name, a bias, and the score a candidate must reach to
/// be given as the answer. Fitted by <c>dotnet run --project tests/Bot.Evaluation -- fit</c> on the dev split.</summary>
internal sealed record ScorerWeights(IReadOnlyDictionary<string, double> Weights, double Bias, double Threshold);
