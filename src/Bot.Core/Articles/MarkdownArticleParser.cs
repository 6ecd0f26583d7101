using System.Text;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Bot.Core.Articles;

/// <summary>Markdown via Markdig: headings, paragraphs (also inside quotes and lists) and image captions.</summary>
/// <remarks>Sentences are cut from the source span of each block so citations stay verbatim; inline markup such
/// as **bold** or [links](...) therefore stays in the sentence text. Block text is the rendered plain text.</remarks>
internal static class MarkdownArticleParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    public static List<RawBlock> Parse(string content, int bodyStart)
    {
        var document = Markdown.Parse(content[bodyStart..], Pipeline);
        var blocks = new List<RawBlock>();
        var previousWasImage = false;
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf.Inline is not { } inline)
            {
                continue;
            }

            var rendered = Render(inline).Trim();
            var isImage = leaf is ParagraphBlock && ContainsImage(inline);
            var hint = leaf switch
            {
                HeadingBlock { Level: 1 } => BlockHint.Title,
                HeadingBlock => BlockHint.Heading,
                _ when isImage || (previousWasImage && IsEmphasisOnly(inline)) => BlockHint.Caption,
                _ => BlockHint.Paragraph,
            };
            previousWasImage = isImage;
            if (rendered.Length == 0)
            {
                continue;
            }

            var span = inline.Span.IsEmpty ? leaf.Span : inline.Span;
            var (start, length) = Trimmed(content, bodyStart + span.Start, Math.Min(span.Length, content.Length - bodyStart - span.Start));
            if (length == 0)
            {
                continue;
            }

            blocks.Add(new RawBlock(hint, rendered, start, content.Substring(start, length), start));
        }

        return blocks;
    }

    private static (int Start, int Length) Trimmed(string content, int start, int length)
    {
        var span = content.AsSpan(start, Math.Max(0, length));
        var lead = span.Length - span.TrimStart().Length;
        return (start + lead, span.Trim().Length);
    }

    private static bool ContainsImage(ContainerInline inline) =>
        inline.Descendants<LinkInline>().Any(link => link.IsImage);

    private static bool IsEmphasisOnly(ContainerInline inline)
    {
        var sawEmphasis = false;
        for (var child = inline.FirstChild; child is not null; child = child.NextSibling)
        {
            switch (child)
            {
                case EmphasisInline:
                    sawEmphasis = true;
                    break;
                case LineBreakInline:
                case LiteralInline literal when literal.Content.IsEmptyOrWhitespace():
                    break;
                default:
                    return false;
            }
        }

        return sawEmphasis;
    }

    private static string Render(ContainerInline inline)
    {
        var builder = new StringBuilder();
        Render(inline, builder);
        return builder.ToString();
    }

    private static void Render(Inline inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.AsSpan());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case HtmlEntityInline entity:
                builder.Append(entity.Transcoded.AsSpan());
                break;
            case LineBreakInline:
                builder.Append('\n');
                break;
            case AutolinkInline autolink:
                builder.Append(autolink.Url);
                break;
            case LinkInline { IsImage: true } image when image.FirstChild is null:
                builder.Append(image.Title);
                break;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    Render(child, builder);
                }

                break;
            default:
                // Raw HTML inlines carry no article text.
                break;
        }
    }
}
