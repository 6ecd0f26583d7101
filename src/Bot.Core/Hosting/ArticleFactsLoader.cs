using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;

namespace Bot.Core.Hosting;

/// <summary>Loads an article file and extracts its facts in one step.</summary>
public static class ArticleFactsLoader
{
    /// <summary>Throws <see cref="ArticleLoadException"/> with a one-line message for any unusable file.</summary>
    public static ArticleFacts Load(string path)
    {
        var article = ArticleLoader.Load(path);
        return FactExtractor.Extract(article);
    }

    internal static ArticleFacts LoadTimed(string path, out long elapsedMs)
    {
        var watch = Stopwatch.StartNew();
        var facts = Load(path);
        elapsedMs = watch.ElapsedMilliseconds;
        return facts;
    }
}
