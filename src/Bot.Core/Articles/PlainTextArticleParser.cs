namespace Bot.Core.Articles;

/// <summary>Plain text: blocks are separated by blank lines; every block is exact file text.</summary>
internal static class PlainTextArticleParser
{
    public static List<RawBlock> Parse(string content, int bodyStart)
    {
        var blocks = new List<RawBlock>();
        var blockStart = -1;
        var blockEnd = -1;
        var lineStart = bodyStart;
        while (lineStart < content.Length)
        {
            var newline = content.AsSpan(lineStart).IndexOfAny('\r', '\n');
            var lineEnd = newline < 0 ? content.Length : lineStart + newline;
            var line = content.AsSpan(lineStart, lineEnd - lineStart);
            var trimmedStart = line.Length - line.TrimStart().Length;
            if (trimmedStart == line.Length)
            {
                Flush(content, blocks, ref blockStart, blockEnd);
            }
            else
            {
                if (blockStart < 0)
                {
                    blockStart = lineStart + trimmedStart;
                }

                blockEnd = lineStart + line.TrimEnd().Length;
            }

            lineStart = lineEnd;
            if (lineStart < content.Length && content[lineStart] == '\r')
            {
                lineStart++;
            }

            if (lineStart < content.Length && content[lineStart] == '\n')
            {
                lineStart++;
            }
        }

        Flush(content, blocks, ref blockStart, blockEnd);
        return blocks;
    }

    private static void Flush(string content, List<RawBlock> blocks, ref int blockStart, int blockEnd)
    {
        if (blockStart >= 0)
        {
            blocks.Add(RawBlock.Verbatim(BlockHint.Unknown, content, blockStart, blockEnd - blockStart));
            blockStart = -1;
        }
    }
}
