namespace Bot.Benchmarks;

/// <summary>Finds the repository and the shared evaluation texts from wherever BenchmarkDotNet runs us.</summary>
internal static class BenchmarkPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seed => Path.Combine(Root, "seeds", "bloomberg-tiktok-invisible-accounts.txt");

    public static string Eval => Path.GetFullPath(Path.Combine(Root, "..", "shared", "eval"));

    private static string FindRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Bot.sln not found; run the benchmarks from the repository.");
    }
}
