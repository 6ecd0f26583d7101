namespace Bot.Core.Articles;

/// <summary>A loaded article: its metadata and its blocks in reading order.</summary>
/// <param name="SourcePath">The file it was read from (for messages only).</param>
/// <param name="Title">The article's title: metadata title, else the first title block.</param>
public sealed record ArticleDocument(
    string SourcePath,
    string Title,
    ArticleMetadata Metadata,
    IReadOnlyList<ArticleBlock> Blocks)
{
    /// <summary>The citable blocks (headings and body paragraphs), numbered 1..n.</summary>
    public IReadOnlyList<ArticleBlock> Paragraphs { get; } = [.. Blocks.Where(b => b.IsCitable)];

    /// <summary>Every citable sentence in reading order.</summary>
    public IReadOnlyList<ArticleSentence> Sentences { get; } = [.. Blocks.Where(b => b.IsCitable).SelectMany(b => b.Sentences)];

    public ArticleSentence? FindSentence(int paragraph, int sentence) =>
        paragraph >= 1 && paragraph <= Paragraphs.Count
        && sentence >= 1 && sentence <= Paragraphs[paragraph - 1].Sentences.Count
            ? Paragraphs[paragraph - 1].Sentences[sentence - 1]
            : null;
}
