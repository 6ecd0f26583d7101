using Bot.Adapters;
using Bot.Core.Answering;
using Bot.Core.Facts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Handling;

/// <summary>The adapter's one door to the core: answers never throw out of here, they become a reason.</summary>
internal sealed class SlackAnswering(IArticleAnswerer answerer, IServiceProvider services, ILogger<SlackAnswering> logger)
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

    /// <summary>"Title (Outlet)" of the loaded article, for a footer; null when the store is absent or empty.</summary>
    public string? ArticleLine()
    {
        var article = services.GetService<IFactStore>()?.Current?.Article;
        if (article is null || string.IsNullOrWhiteSpace(article.Title))
            return null;
        return string.IsNullOrWhiteSpace(article.Metadata.Outlet) ? article.Title : $"{article.Title} ({article.Metadata.Outlet})";
    }
}
