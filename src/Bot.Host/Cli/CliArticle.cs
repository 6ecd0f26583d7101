using Bot.Core.Articles;
using Bot.Core.Facts;
using Bot.Core.Hosting;

namespace Bot.Host.Cli;

/// <summary>Finds and loads the article for the one-shot commands (facts, ask, chat).</summary>
internal static class CliArticle
{
    /// <summary>The facts, or null after writing one error line.</summary>
    /// <param name="settings">Configuration arguments, read with appsettings.json and the environment as the bot reads them.</param>
    public static ArticleFacts? TryLoad(string? explicitPath, string[] settings, TextWriter error)
    {
        try
        {
            return ArticleFactsLoader.Load(ResolvePath(explicitPath, settings));
        }
        catch (ArticleLoadException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return null;
        }
    }

    private static string ResolvePath(string? explicitPath, string[] settings)
    {
        if (!string.IsNullOrWhiteSpace(explicitPath))
        {
            return Path.GetFullPath(explicitPath);
        }

        var root = ContentRoot.Find();
        var configuration = new ConfigurationBuilder()
            .SetBasePath(root)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(settings)
            .Build();
        var configured = configuration[$"{ArticleOptions.SectionName}:{nameof(ArticleOptions.Path)}"];
        return string.IsNullOrWhiteSpace(configured)
            ? throw new ArticleLoadException("No article given: pass --article PATH or set Article:Path in appsettings.json.")
            : Path.GetFullPath(configured, root);
    }
}
