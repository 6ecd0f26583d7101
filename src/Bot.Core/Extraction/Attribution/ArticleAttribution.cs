using Bot.Core.Articles;

namespace Bot.Core.Extraction.Attribution;

/// <summary>An attribution placed in the article: spans are character offsets into the original file.</summary>
/// <param name="Unit">The text the attribution was found in (its sentences joined by single spaces).</param>
/// <param name="Sentences">The sentences it stands in, for citations.</param>
internal sealed record ArticleAttribution(
    string SourceText,
    string CueText,
    IReadOnlyList<string> ContentTexts,
    string? ViaText,
    bool Direct,
    bool Nested,
    TextSpan Source,
    IReadOnlyList<TextSpan> Content,
    string Unit,
    int SourceInUnit,
    IReadOnlyList<ArticleSentence> Sentences)
{
    /// <summary>The speaker with its appositive, in file offsets, when there is one.</summary>
    public TextSpan? SourceExtent { get; init; }
}
