using Bot.Core.Facts;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Answering;

/// <summary>The answering core behind <see cref="IArticleAnswerer"/>: refuses what cannot be answered (too long,
/// empty, unknown command, no article yet), answers the catalogue commands itself, hands free questions to the
/// configured <see cref="IQuestionAnswerer"/>, and checks every answer's citations against the article before it
/// goes out. Thread-safe; each request reads one snapshot, so an article reloaded meanwhile cannot mix in.</summary>
public sealed class CommandRouter(IFactStore store, IQuestionAnswerer questions, ILogger<CommandRouter> logger) : IArticleAnswerer
{
    /// <summary>Longer messages are refused rather than searched.</summary>
    public const int MaxMessageLength = 1000;

    /// <inheritdoc />
    public async Task<Answer> AnswerAsync(BotRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var command = request?.Command?.Trim().ToLowerInvariant() ?? CommandCatalog.Ask;
        var argument = request?.Argument?.Trim() ?? string.Empty;
        var query = command == CommandCatalog.Ask ? argument : $"/{command} {argument}".TrimEnd();
        var facts = store.Current;
        var answer = await RouteAsync(command, argument, query, facts, cancellationToken).ConfigureAwait(false);
        if (!CitationCheck.IsVerified(answer, facts?.Article, out var unverified))
        {
            Log.UnverifiedAnswer(logger, command, unverified?.Paragraph ?? 0, unverified?.Sentence ?? 0);
            answer = Answers.Unverified(query);
        }

        return facts is null ? answer : answer with { Article = ArticleHeading.Of(facts) };
    }

    private async Task<Answer> RouteAsync(string command, string argument, string query, ArticleFacts? facts, CancellationToken cancellationToken)
    {
        if (argument.Length > MaxMessageLength || command.Length > MaxMessageLength)
        {
            return Answers.TooLong(query);
        }

        if (CommandCatalog.Find(command) is null)
        {
            return Answers.UnknownCommand(command, query);
        }

        if (command == CommandCatalog.Ask && argument.Length == 0)
        {
            return Answers.Empty(query);
        }

        if (facts is null)
        {
            return command == CommandCatalog.Help ? AboutAnswers.Help(null, query) : Answers.Unavailable(query);
        }

        if (command == CommandCatalog.Ask)
        {
            return await questions.AnswerAsync(facts, argument, cancellationToken).ConfigureAwait(false);
        }

        var context = AnswerContext.For(facts);
        return command switch
        {
            CommandCatalog.Who => WhoAnswers.Answer(context, argument, query),
            CommandCatalog.Timeline => TimelineAnswers.Answer(context, argument, query),
            CommandCatalog.Sources => SourceAnswers.Answer(context, argument, query),
            CommandCatalog.About => AboutAnswers.About(context, query),
            _ => AboutAnswers.Help(context, query),
        };
    }
}
