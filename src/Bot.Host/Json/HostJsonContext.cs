using System.Text.Json.Serialization;

namespace Bot.Host.Json;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = false)]
[JsonSerializable(typeof(FactsDocument))]
[JsonSerializable(typeof(AnswerDocument))]
internal sealed partial class HostJsonContext : JsonSerializerContext;
