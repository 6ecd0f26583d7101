using Bot.Core.Articles;
using Bot.Core.Facts;
using Bot.Core.Hosting;
using Microsoft.Extensions.Configuration;

namespace Bot.Host.Cli;

/// <summary>Finds and loads the article for the one-shot commands (facts, ask, chat --json).</summary>
internal static class CliArticle
{
    public static string ResolvePath(string? explicitPath)
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
            .Build();
        var configured = configuration[$"{ArticleOptions.SectionName}:{nameof(ArticleOptions.Path)}"];
        return string.IsNullOrWhiteSpace(configured)
            ? throw new ArticleLoadException("No article given: pass --article PATH or set Article:Path in appsettings.json.")
            : Path.GetFullPath(configured, root);
    }

    /// <summary>The facts, or null after writing one error line.</summary>
    public static ArticleFacts? TryLoad(string? explicitPath, TextWriter error)
    {
        try
        {
            return ArticleFactsLoader.Load(ResolvePath(explicitPath));
        }
        catch (ArticleLoadException ex)
        {
            error.WriteLine($"error: {ex.Message}");
            return null;
        }
    }
}
