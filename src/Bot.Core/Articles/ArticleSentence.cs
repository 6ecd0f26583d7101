namespace Bot.Core.Articles;

/// <summary>One sentence of a citable block, with its character span in the original file.</summary>
/// <param name="Paragraph">1-based number of the citable block.</param>
/// <param name="Number">1-based number of the sentence within that block.</param>
/// <param name="Text">The exact sentence text as it stands in the file.</param>
/// <param name="Start">Character offset of the sentence in the original file.</param>
public sealed record ArticleSentence(int Paragraph, int Number, string Text, int Start)
{
    public int End => Start + Text.Length;
}
