using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Host.Json;

/// <summary>The JSON the command line prints: camelCase names and enum values, article text left readable
/// (quotes and apostrophes are not turned into \u escapes).</summary>
internal static class HostJson
{
    public static HostJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase), new ArticleDateJsonConverter() },
    });
}
