using Bot.Host.Hosting;

namespace Bot.Host.Cli;

/// <summary>Runs the bot until it is stopped. A bad article or bad settings end it with one clear line each.</summary>
internal static class RunCommand
{
    public static async Task<int> RunAsync(string[] settings, string? article, TextWriter error, CancellationToken cancellationToken = default)
    {
        var overrides = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(article))
        {
            overrides["Article:Path"] = Path.GetFullPath(article);
        }

        try
        {
            // Building binds some settings and starting loads the article: both are where these failures surface.
            await using var app = BotApplication.Build(settings, overrides);
            await app.RunAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (StartupFailure.From(ex) is { } failure)
        {
            foreach (var line in failure.Lines)
            {
                await error.WriteLineAsync($"error: {line}").ConfigureAwait(false);
            }

            return failure.ExitCode;
        }
    }
}
