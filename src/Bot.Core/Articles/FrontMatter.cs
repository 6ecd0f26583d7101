using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bot.Core.Articles;

/// <summary>Optional YAML front matter ("---" ... "---") at the top of a text or Markdown article.</summary>
internal static class FrontMatter
{
    /// <summary>Reads the front matter if the content opens with one.</summary>
    /// <returns>The metadata (empty without front matter) and the offset where the article body starts.</returns>
    public static (ArticleMetadata Metadata, int BodyStart) Read(string content, string path)
    {
        // Text handed over with its byte-order mark still in place: offsets must keep counting it.
        var start = content.StartsWith('\uFEFF') ? 1 : 0;
        var firstLineEnd = LineEnd(content, start);
        if (!IsFence(content.AsSpan(start, firstLineEnd - start), allowDots: false))
        {
            return (new ArticleMetadata(), start);
        }

        var lineStart = NextLine(content, firstLineEnd);
        while (lineStart < content.Length)
        {
            var lineEnd = LineEnd(content, lineStart);
            if (IsFence(content.AsSpan(lineStart, lineEnd - lineStart), allowDots: true))
            {
                var yaml = content[NextLine(content, firstLineEnd)..lineStart];
                return (ParseYaml(yaml, path), NextLine(content, lineEnd));
            }

            lineStart = NextLine(content, lineEnd);
        }

        throw ArticleLoadException.For(path, "front matter is not closed (no second '---' line)");
    }

    private static ArticleMetadata ParseYaml(string yaml, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            throw ArticleLoadException.For(path, $"front matter is not valid YAML (line {ex.Start.Line + 1} of the file): {OneLine(ex.Message)}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet reports some malformed flow collections this way, without a position.
            throw ArticleLoadException.For(path, "front matter is not valid YAML");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return new ArticleMetadata();
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode map)
        {
            throw ArticleLoadException.For(path, "front matter must be a YAML mapping of keys to values");
        }

        string? title = null, outlet = null, url = null, author = null;
        DateOnly? published = null;
        foreach (var (keyNode, valueNode) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            switch (key)
            {
                case "title":
                    title = Text(valueNode);
                    break;
                case "outlet" or "site" or "publisher" or "source":
                    outlet ??= Text(valueNode);
                    break;
                case "url" or "link":
                    url ??= Text(valueNode);
                    break;
                case "author" or "authors" or "byline":
                    author ??= Text(valueNode);
                    break;
                case "published" or "date":
                    var raw = Text(valueNode);
                    published = raw is null ? null : ParseDate(raw)
                        ?? throw ArticleLoadException.For(path, $"front matter 'published' is not a date: '{OneLine(raw)}'");
                    break;
                default:
                    break;
            }
        }

        return new ArticleMetadata(title, outlet, url, author, published);
    }

    /// <summary>Accepts ISO dates and date-times (the date as written is kept, not shifted by a time zone).</summary>
    internal static DateOnly? ParseDate(string raw)
    {
        var value = raw.Trim();
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso)
            && (value.Length == 10 || value[10] is 'T' or 't' or ' '))
        {
            return iso;
        }

        return DateTime.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? DateOnly.FromDateTime(parsed)
            : null;
    }

    private static string? Text(YamlNode node) => node switch
    {
        YamlScalarNode scalar => string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim(),
        YamlSequenceNode sequence => string.Join(", ", sequence.Children.Select(Text).OfType<string>()) is { Length: > 0 } joined ? joined : null,
        _ => null,
    };

    private static bool IsFence(ReadOnlySpan<char> line, bool allowDots)
    {
        var trimmed = line.TrimEnd();
        return trimmed is "---" || (allowDots && trimmed is "...");
    }

    private static int LineEnd(string content, int start)
    {
        var end = content.AsSpan(start).IndexOfAny('\r', '\n');
        return end < 0 ? content.Length : start + end;
    }

    private static int NextLine(string content, int lineEnd)
    {
        if (lineEnd < content.Length && content[lineEnd] == '\r')
        {
            lineEnd++;
        }

        return lineEnd < content.Length && content[lineEnd] == '\n' ? lineEnd + 1 : lineEnd;
    }

    internal static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
