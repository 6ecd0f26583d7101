namespace Bot.Core.Articles;

/// <summary>A block of the article in reading order.</summary>
/// <param name="Kind">Title, heading, paragraph, caption or boilerplate.</param>
/// <param name="Text">The block's text as it stands in the file (for HTML and Markdown, as rendered).</param>
/// <param name="Start">Character offset of the block in the original file.</param>
/// <param name="Paragraph">1-based citable number, or null for blocks that cannot be cited.</param>
/// <param name="Sentences">The block's sentences; empty for blocks that cannot be cited.</param>
public sealed record ArticleBlock(
    BlockKind Kind,
    string Text,
    int Start,
    int? Paragraph,
    IReadOnlyList<ArticleSentence> Sentences)
{
    public bool IsCitable => Paragraph is not null;
}
