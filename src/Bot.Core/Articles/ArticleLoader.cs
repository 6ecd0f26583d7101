using Bot.Core.Text;

namespace Bot.Core.Articles;

/// <summary>Reads an article file into blocks and sentences.</summary>
public static class ArticleLoader
{
    public static ArticleDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw ArticleLoadException.For(path, "file not found");
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static ArticleDocument Parse(string content, string sourcePath)
    {
        var blocks = new List<ArticleBlock>();
        var paragraph = 0;
        var offset = 0;
        foreach (var raw in content.Split("\n\n"))
        {
            var text = raw.Trim();
            var start = content.IndexOf(text, offset, StringComparison.Ordinal);
            offset = start + text.Length;
            if (text.Length == 0)
            {
                continue;
            }

            if (blocks.Count == 0)
            {
                blocks.Add(new ArticleBlock(BlockKind.Title, text, start, null, []));
                continue;
            }

            paragraph++;
            var sentences = SentenceSplitter.Split(text)
                .Select((s, i) => new ArticleSentence(paragraph, i + 1, text.Substring(s.Start, s.Length), start + s.Start))
                .ToList();
            blocks.Add(new ArticleBlock(BlockKind.Paragraph, text, start, paragraph, sentences));
        }

        var title = blocks.FirstOrDefault(b => b.Kind == BlockKind.Title)?.Text ?? Path.GetFileNameWithoutExtension(sourcePath);
        return new ArticleDocument(sourcePath, title, new ArticleMetadata(), blocks);
    }
}
