namespace Bot.Core.Articles;

/// <summary>One sentence of a citable block, with its character span in the original file.</summary>
/// <param name="Paragraph">1-based number of the citable block.</param>
/// <param name="Number">1-based number of the sentence within that block.</param>
/// <param name="Text">The exact sentence text as it stands in the file (plain text and Markdown, where inline markup
/// stays in); for HTML the rendered text, which matches the source only where the sentence has no tags or entities.</param>
/// <param name="Start">Character offset of the sentence in the original file (front matter included); for HTML sentences
/// that are not verbatim source, the offset of their first words or of their element.</param>
public sealed record ArticleSentence(int Paragraph, int Number, string Text, int Start)
{
    public int End => Start + Text.Length;
}
