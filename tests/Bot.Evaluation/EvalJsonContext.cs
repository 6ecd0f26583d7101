using System.Text.Json.Serialization;

namespace Bot.Evaluation;

[JsonSerializable(typeof(DevSetQuestion))]
[JsonSourceGenerationOptions(ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip)]
internal sealed partial class EvalJsonContext : JsonSerializerContext;
