namespace Bot.Core.Articles;

/// <summary>A block as a format parser found it.</summary>
/// <param name="Hint">What the markup says the block is.</param>
/// <param name="Text">The block's text (for Markdown and HTML, as rendered).</param>
/// <param name="Start">Offset of the block in the original file.</param>
/// <param name="Cited">The text the sentences are cut from.</param>
/// <param name="CitedStart">Offset of <paramref name="Cited"/> in the file when it is verbatim file text, else -1.</param>
internal sealed record RawBlock(BlockHint Hint, string Text, int Start, string Cited, int CitedStart)
{
    public static RawBlock Verbatim(BlockHint hint, string content, int start, int length) =>
        new(hint, content.Substring(start, length), start, content.Substring(start, length), start);
}
