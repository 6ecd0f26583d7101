using Bot.Core.Articles;
using Bot.Host.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Host.Cli;

/// <summary>Runs the bot until it is stopped. A bad article or bad settings end it with one clear line.</summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(string[] args, string? article, CancellationToken cancellationToken)
    {
        var overrides = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(article))
        {
            overrides[$"{ArticleOptionsKey}"] = Path.GetFullPath(article);
        }

        try
        {
            using var host = BotApplication.BuildConsole(args, overrides);
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (ArticleLoadException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}").ConfigureAwait(false);
            return ExitCodes.BadArticle;
        }
        catch (OptionsValidationException ex)
        {
            foreach (var failure in ex.Failures)
            {
                await Console.Error.WriteLineAsync($"error: {failure}").ConfigureAwait(false);
            }

            return ExitCodes.BadConfiguration;
        }
    }

    private const string ArticleOptionsKey = "Article:Path";
}
