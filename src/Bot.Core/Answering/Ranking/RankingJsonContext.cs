using System.Text.Json.Serialization;

namespace Bot.Core.Answering.Ranking;

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ScorerModel))]
internal sealed partial class RankingJsonContext : JsonSerializerContext;
