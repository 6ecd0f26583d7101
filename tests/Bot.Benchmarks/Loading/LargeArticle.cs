using System.Text;

namespace Bot.Benchmarks.Loading;

/// <summary>A 1 MB plain-text article made by concatenating the evaluation texts (real news prose).</summary>
internal static class LargeArticle
{
    public const int TargetBytes = 1024 * 1024;

    public static string Create()
    {
        var eval = EvalDirectory();
        var texts = Directory.EnumerateFiles(Path.Combine(eval, "te3-platinum", "text"), "*.txt")
            .Concat(Directory.EnumerateFiles(Path.Combine(eval, "polnear", "dev", "text"), "*.txt"))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        var article = new StringBuilder("Concatenated evaluation articles\n\n");
        for (var i = 0; Encoding.UTF8.GetByteCount(article.ToString()) < TargetBytes; i++)
        {
            article.Append(texts[i % texts.Count].Trim()).Append("\n\n");
        }

        var path = Path.Combine(Path.GetTempPath(), "articlebot-1mb.txt");
        File.WriteAllText(path, article.ToString());
        return path;
    }

    /// <summary>The nearest shared/eval above the repository: a worktree sits deeper than the main checkout.</summary>
    private static string EvalDirectory()
    {
        for (var dir = new DirectoryInfo(BenchmarkPaths.Root); dir is not null; dir = dir.Parent)
        {
            var eval = Path.Combine(dir.FullName, "shared", "eval");
            if (Directory.Exists(eval))
            {
                return eval;
            }
        }

        return BenchmarkPaths.Eval;
    }
}
