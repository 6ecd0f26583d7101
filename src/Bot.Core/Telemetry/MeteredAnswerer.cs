using System.Diagnostics;
using Bot.Core.Answering;

namespace Bot.Core.Telemetry;

/// <summary>Counts and times every answer at the one seam all adapters and the console chat pass through.</summary>
internal sealed class MeteredAnswerer(IArticleAnswerer inner, CoreMetrics metrics) : IArticleAnswerer
{
    private const string Unknown = "unknown";

    public async Task<Answer> AnswerAsync(BotRequest request, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var answer = await inner.AnswerAsync(request, cancellationToken).ConfigureAwait(false);
        metrics.RecordAnswer(CommandName(request), answer, Stopwatch.GetElapsedTime(started));
        return answer;
    }

    // The catalogue's own string, so the tag is one of a handful of values whatever the user typed.
    private static string CommandName(BotRequest? request)
    {
        var command = request?.Command?.Trim();
        if (string.IsNullOrEmpty(command))
            return CommandCatalog.Ask;
        foreach (var definition in CommandCatalog.All)
        {
            if (string.Equals(definition.Name, command, StringComparison.OrdinalIgnoreCase))
                return definition.Name;
        }

        return Unknown;
    }
}
