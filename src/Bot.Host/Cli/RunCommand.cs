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
            overrides["Article:Path"] = Path.GetFullPath(article);
        }

        try
        {
            // Checked before the host starts so a bad file gives one line, not the host's start-up failure log.
            ArticleLoader.Load(CliArticle.ResolvePath(article));
            var configuration = new ConfigurationBuilder()
                .SetBasePath(ContentRoot.Find())
                .AddJsonFile("appsettings.json", optional: true)
                .AddEnvironmentVariables()
                .AddCommandLine(args)
                .Build();
            using var host = BotApplication.HasChatPlatform(configuration)
                ? BotApplication.BuildAdapters(args, overrides)
                : BotApplication.BuildConsole(args, overrides);
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
}
