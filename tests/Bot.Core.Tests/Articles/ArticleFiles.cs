namespace Bot.Core.Tests.Articles;

/// <summary>Where the test articles live: fixtures beside the tests, the seed in the repository, TempEval-3 in the shared folder.</summary>
internal static class ArticleFiles
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", name);

    public static string Seed => Path.Combine(RepositoryRoot, "seeds", "bloomberg-tiktok-invisible-accounts.txt");

    public static string RepositoryRoot => Ancestor(dir => File.Exists(Path.Combine(dir, "Bot.sln")))
        ?? throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);

    /// <summary>The shared evaluation folder sits beside the repository (../shared) or higher up.</summary>
    public static string TempEvalTextDirectory =>
        Ancestor(dir => Directory.Exists(Path.Combine(dir, "shared", "eval", "te3-platinum", "text"))) is { } root
            ? Path.Combine(root, "shared", "eval", "te3-platinum", "text")
            : throw new InvalidOperationException("shared/eval/te3-platinum/text not found above " + AppContext.BaseDirectory);

    private static string? Ancestor(Func<string, bool> predicate)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (predicate(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
