using AngleSharp.Dom;

namespace Bot.Core.Articles;

/// <summary>Article metadata from an HTML page's head: Open Graph, article:* and the usual named meta tags.</summary>
internal static class HtmlMetadata
{
    public static ArticleMetadata Read(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in document.QuerySelectorAll("meta"))
        {
            var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
            var value = element.GetAttribute("content")?.Trim();
            if (key is not null && !string.IsNullOrEmpty(value))
            {
                meta.TryAdd(key.Trim(), value);
            }
        }

        var title = First(meta, "og:title", "twitter:title") ?? Clean(document.QuerySelector("head > title")?.TextContent);
        var outlet = First(meta, "og:site_name", "application-name", "publisher");
        var url = First(meta, "og:url") ?? Clean(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
        var author = First(meta, "author", "article:author", "parsely-author", "dc.creator", "sailthru.author");
        if (author is not null && author.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            // article:author is often a profile URL, which is not a name.
            author = First(meta, "author", "parsely-author", "dc.creator", "sailthru.author");
        }

        var publishedText = First(meta, "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");

        // Page metadata is often sloppy; an unreadable date is left out rather than refusing the whole article.
        var published = publishedText is null ? null : FrontMatter.ParseDate(publishedText);
        return new ArticleMetadata(title, outlet, url, author, published);
    }

    private static string? First(Dictionary<string, string> meta, params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (meta.TryGetValue(key, out var value))
            {
                return Clean(value);
            }
        }

        return null;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
