namespace Bot.Core.Articles;

/// <summary>What a block of the article is. Only headings and body paragraphs can be cited.</summary>
public enum BlockKind
{
    Title,
    Heading,
    Paragraph,
    Caption,
    Boilerplate,
}
