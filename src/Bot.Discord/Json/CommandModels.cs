using System.Text.Json.Serialization;

namespace Bot.Discord.Json;

internal sealed record ApplicationCommandOption(
    [property: JsonPropertyName("type")] int Type,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("required")] bool? Required = null,
    [property: JsonPropertyName("autocomplete")] bool? Autocomplete = null);

internal sealed record ApplicationCommand(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("options")] IReadOnlyList<ApplicationCommandOption>? Options = null,
    [property: JsonPropertyName("type")] int? Type = null,
    [property: JsonPropertyName("id")] string? Id = null);
