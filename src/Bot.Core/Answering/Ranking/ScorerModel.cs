namespace Bot.Core.Answering.Ranking;

/// <summary>The fitted scorers: <see cref="Semantic"/> when the sentence vectors are ready, <see cref="Lexical"/>
/// before (or without an encoder), and how they were fitted, for the record.</summary>
internal sealed record ScorerModel(ScorerWeights Lexical, ScorerWeights? Semantic, string Fitted);
