namespace Bot.Core.Tests.Articles;

/// <summary>Where the test articles live: fixtures beside the tests, the seed in the repository, TempEval-3 in the shared folder.</summary>
internal static class ArticleFiles
{
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Articles", name);

    public static string Seed => TestPaths.Seed;

    public static string RepositoryRoot => TestPaths.RepositoryRoot;

    public static string TempEvalTextDirectory => TestPaths.Eval("te3-platinum", "text");
}
