using Bot.Core.Text;

namespace Bot.Core.Articles;

/// <summary>Classifies the parsed blocks, numbers the citable ones and cuts them into sentences with file offsets.</summary>
internal static class ArticleAssembler
{
    public static ArticleDocument Build(string content, string sourcePath, ArticleMetadata metadata, List<RawBlock> raw)
    {
        var kinds = BlockClassifier.Classify(raw, metadata);
        var blocks = new List<ArticleBlock>(raw.Count);
        var paragraph = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var block = raw[i];
            if (kinds[i] is BlockKind.Heading or BlockKind.Paragraph)
            {
                paragraph++;
                var limit = i + 1 < raw.Count ? Math.Max(raw[i + 1].Start, block.Start) : content.Length;
                blocks.Add(new ArticleBlock(kinds[i], block.Text, block.Start, paragraph, Sentences(content, block, paragraph, limit)));
            }
            else
            {
                blocks.Add(new ArticleBlock(kinds[i], block.Text, block.Start, null, []));
            }
        }

        var title = metadata.Title
            ?? blocks.Find(b => b.Kind == BlockKind.Title)?.Text
            ?? Path.GetFileNameWithoutExtension(sourcePath);
        return new ArticleDocument(sourcePath, title, metadata, blocks);
    }

    private static List<ArticleSentence> Sentences(string content, RawBlock block, int paragraph, int limit)
    {
        var spans = SentenceSplitter.Split(block.Cited);
        var sentences = new List<ArticleSentence>(spans.Count);
        var cursor = block.Start;
        foreach (var (start, length) in spans)
        {
            var text = block.Cited.Substring(start, length);
            int offset;
            if (block.CitedStart >= 0)
            {
                offset = block.CitedStart + start;
            }
            else
            {
                offset = SourceLocator.Find(content, text, cursor, limit);
                cursor = Math.Max(cursor, offset);
            }

            sentences.Add(new ArticleSentence(paragraph, sentences.Count + 1, text, offset));
        }

        return sentences;
    }
}
