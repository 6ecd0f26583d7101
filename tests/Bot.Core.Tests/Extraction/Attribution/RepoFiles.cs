using Bot.Core.Articles;

namespace Bot.Core.Tests.Extraction.Attribution;

/// <summary>Files of the repository the tests read, found from the test binary's folder.</summary>
internal static class RepoFiles
{
    public static ArticleDocument Seed() =>
        ArticleLoader.Load(TestPaths.Seed);
}
