namespace Bot.Evaluation;

/// <summary>Where the evaluation finds the repository (the folder holding Bot.sln), its dev set and the shared
/// evaluation articles, which sit in "shared/eval" beside the repository (CI) or beside a folder above it (worktrees).</summary>
internal static class EvalPaths
{
    private static readonly Lazy<string> Root = new(() =>
        Ancestors(AppContext.BaseDirectory).Concat(Ancestors(Environment.CurrentDirectory))
            .FirstOrDefault(dir => File.Exists(Path.Combine(dir, "Bot.sln")))
        ?? throw new DirectoryNotFoundException("Bot.sln not found above " + AppContext.BaseDirectory));

    private static readonly Lazy<string> EvalFolder = new(() =>
        Ancestors(RepositoryRoot).Select(dir => Path.Combine(dir, "shared", "eval")).FirstOrDefault(Directory.Exists)
        ?? throw new DirectoryNotFoundException("shared/eval not found beside the repository (expected ../shared/eval) or above it"));

    public static string RepositoryRoot => Root.Value;

    public static string Seed => Path.Combine(RepositoryRoot, "seeds", "bloomberg-tiktok-invisible-accounts.txt");

    public static string DevSetFolder => Path.Combine(RepositoryRoot, "tests", "Bot.Evaluation", "DevSet");

    /// <summary>A path inside the shared evaluation folder, e.g. Eval("te3-platinum", "docs.tsv").</summary>
    public static string Eval(params string[] parts) => Path.Combine([EvalFolder.Value, .. parts]);

    private static IEnumerable<string> Ancestors(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            yield return dir.FullName;
        }
    }
}
