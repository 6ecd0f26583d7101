using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Bot.Core.Articles;

/// <summary>HTML via AngleSharp: the main <c>article</c> (else the body), its h1-h3, p, figcaption and blockquote
/// elements, with scripts, navigation, page header and footer, asides, forms and widgets dropped.</summary>
/// <remarks>Block and sentence text is the rendered text with whitespace collapsed, so it is not always verbatim
/// source: offsets are exact when the sentence appears as-is in the source, otherwise they point at its first
/// words or at the element's start tag (see <see cref="SourceLocator"/>).</remarks>
internal static partial class HtmlArticleParser
{
    private static readonly HtmlParserOptions Options = new() { IsKeepingSourceReferences = true };

    public static (ArticleMetadata Metadata, List<RawBlock> Blocks) Parse(string content)
    {
        var parser = new HtmlParser(Options);
        using var document = parser.ParseDocument(content);
        var metadata = HtmlMetadata.Read(document);
        var blocks = new List<RawBlock>();
        var root = MainArticle(document) ?? document.Body;
        if (root is not null)
        {
            Walk(root, blocks, insideArticle: root.LocalName == "article");
        }

        return (metadata, blocks);
    }

    // Pages list teasers of other stories as articles too; the story is the one with the most paragraph text.
    private static IElement? MainArticle(IDocument document)
    {
        IElement? best = null;
        var bestLength = -1;
        foreach (var article in document.QuerySelectorAll("article"))
        {
            var length = article.QuerySelectorAll("p").Sum(p => p.TextContent.Length);
            if (length > bestLength)
            {
                (best, bestLength) = (article, length);
            }
        }

        return best;
    }

    private static void Walk(IElement parent, List<RawBlock> blocks, bool insideArticle)
    {
        foreach (var element in parent.Children)
        {
            if (IsDropped(element, insideArticle))
            {
                continue;
            }

            var hint = element.LocalName switch
            {
                "h1" => BlockHint.Title,
                "h2" or "h3" => BlockHint.Heading,
                "p" => BlockHint.Paragraph,
                "figcaption" => BlockHint.Caption,
                "blockquote" when element.QuerySelector("p, h1, h2, h3") is null => BlockHint.Paragraph,
                _ => (BlockHint?)null,
            };
            if (hint is not { } found)
            {
                Walk(element, blocks, insideArticle || element.LocalName == "article");
                continue;
            }

            var text = TextOf(element);
            if (text.Length > 0)
            {
                var start = element.SourceReference?.Position.Index ?? 0;
                blocks.Add(new RawBlock(found, text, start, text, -1));
            }
        }
    }

    private static bool IsDropped(IElement element, bool insideArticle)
    {
        if (CarriesNoText(element))
        {
            return true;
        }

        switch (element.LocalName)
        {
            case "nav" or "aside" or "form" or "footer" or "dialog":
                return true;
            case "header":
                // The story's own header holds its headline; the page header holds the site's masthead.
                return !insideArticle;
            default:
                break;
        }

        if (element.HasAttribute("hidden") || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        var role = element.GetAttribute("role");
        if (role is "navigation" or "complementary" or "contentinfo" or "search" or "dialog" or "banner" or "menu")
        {
            return true;
        }

        var names = $"{element.GetAttribute("class")} {element.GetAttribute("id")}";
        return names.Length > 1 && Widget().IsMatch(names);
    }

    private static bool CarriesNoText(IElement element) => element.LocalName is "script" or "style" or "noscript" or "template"
        or "iframe" or "svg" or "button" or "select" or "textarea" or "input" or "object" or "embed" or "canvas";

    private static string TextOf(IElement element)
    {
        var builder = new StringBuilder();
        Append(element, builder);
        return Collapse(builder);
    }

    private static void Append(INode node, StringBuilder builder)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    builder.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    builder.Append(' ');
                    break;
                // Inside a paragraph only non-text elements go; a link classed "social" is still part of the sentence.
                case IElement inner when !CarriesNoText(inner):
                    Append(inner, builder);
                    break;
                default:
                    break;
            }
        }
    }

    private static string Collapse(StringBuilder builder)
    {
        var result = new StringBuilder(builder.Length);
        var space = false;
        for (var i = 0; i < builder.Length; i++)
        {
            var c = builder[i];
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }

            if (space)
            {
                result.Append(' ');
                space = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    // Class or id names of comment sections, share bars, related-story lists, newsletter boxes and ads.
    [GeneratedRegex("""
        comment(?!ary) | share | sharing | social | related | newsletter | subscri | signup | sign-up | advert | sponsor
        | promo | outbrain | taboola | disqus | cookie | breadcrumb | popup | modal | paywall | recirc | most-popular
        | (?:^|[\s_-])ads?(?:$|[\s_-]) | (?:^|[\s_-])ad(?:slot|unit|box|container|wrapper)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Widget();
}
