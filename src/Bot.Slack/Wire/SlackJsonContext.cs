using System.Text.Json.Serialization;

namespace Bot.Slack.Wire;

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ResponseMessage))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(PostEphemeralRequest))]
[JsonSerializable(typeof(ReactionRequest))]
[JsonSerializable(typeof(ApiResponse))]
[JsonSerializable(typeof(EventEnvelope))]
[JsonSerializable(typeof(SlashCommandPayload))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(ShareValue))]
[JsonSerializable(typeof(SocketMessage))]
[JsonSerializable(typeof(SocketAck))]
internal sealed partial class SlackJsonContext : JsonSerializerContext;
