using Bot.Adapters;
using Bot.Core.Answering;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Handling;

/// <summary>The adapter's one door to the core: answers never throw out of here, they become a reason.</summary>
internal sealed class SlackAnswering(IArticleAnswerer answerer, ILogger<SlackAnswering> logger)
{
    public Task<Answer> AnswerAsync(BotRequest request, CancellationToken cancellationToken = default) =>
        Apology.RunAsync(request.Command, ct => answerer.AnswerAsync(request, ct), logger, cancellationToken);

    /// <summary>Waits for an answer at most <paramref name="timeout"/>; a late answer becomes a reason, never silence.</summary>
    public static async Task<Answer> WithinAsync(Task<Answer> answer, TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        try
        {
            return await answer.WaitAsync(timeout, timeProvider, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            return new Answer(AnswerKind.Unavailable, string.Empty, false, "Sorry, that took too long to answer. Please try again.", [], []);
        }
    }
}
