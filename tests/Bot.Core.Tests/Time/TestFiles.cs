namespace Bot.Core.Tests.Time;

/// <summary>Files of the repository the tests read, found from the test's output folder.</summary>
internal static class TestFiles
{
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new DirectoryNotFoundException("Bot.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static string Seed => Path.Combine(RepositoryRoot, "seeds", "bloomberg-tiktok-invisible-accounts.txt");
}
