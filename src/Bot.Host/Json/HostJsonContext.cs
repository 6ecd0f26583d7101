using System.Text.Json.Serialization;

namespace Bot.Host.Json;

/// <summary>Source-generated metadata; use <see cref="HostJson.Context"/>, which carries the output options.</summary>
[JsonSerializable(typeof(FactsDocument))]
[JsonSerializable(typeof(AnswerDocument))]
internal sealed partial class HostJsonContext : JsonSerializerContext;
