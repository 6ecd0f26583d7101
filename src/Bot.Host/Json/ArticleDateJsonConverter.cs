using System.Text.Json;
using System.Text.Json.Serialization;
using Bot.Core.Facts;

namespace Bot.Host.Json;

/// <summary>Writes a date as its TIMEX3 value ("2022-06", "2025-W09"), the shape `facts --json` has always had.</summary>
internal sealed class ArticleDateJsonConverter : JsonConverter<ArticleDate>
{
    public override ArticleDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ArticleDate.Parse(reader.GetString()) ?? throw new JsonException("Not a calendar date.");

    public override void Write(Utf8JsonWriter writer, ArticleDate value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
