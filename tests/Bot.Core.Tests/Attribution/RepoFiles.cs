using Bot.Core.Articles;

namespace Bot.Core.Tests.Attribution;

/// <summary>Files of the repository the tests read, found from the test binary's folder.</summary>
internal static class RepoFiles
{
    public static string Root()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
        {
            dir = dir.Parent;
        }

        Assert.True(dir is not null, "Bot.sln not found above " + AppContext.BaseDirectory);
        return dir!.FullName;
    }

    public static ArticleDocument Seed() =>
        ArticleLoader.Load(Path.Combine(Root(), "seeds", "bloomberg-tiktok-invisible-accounts.txt"));
}
