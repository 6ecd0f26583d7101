using System.Runtime.CompilerServices;
using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>The answering core: slash commands and free questions over the current fact snapshot, every
/// answer cited to the article's sentences. Thread-safe; the search index is built once per snapshot.</summary>
public sealed class ArticleAnswerer(IFactStore store) : IArticleAnswerer
{
    /// <summary>Longer messages are refused rather than searched.</summary>
    public const int MaxMessageLength = 1000;

    private readonly ConditionalWeakTable<ArticleFacts, AnswerContext> _contexts = [];

    /// <inheritdoc />
    public Task<Answer> AnswerAsync(BotRequest request, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Answer(request));
    }

    /// <summary>The synchronous form of <see cref="AnswerAsync"/>: answering is CPU work over memory.</summary>
    public Answer Answer(BotRequest? request)
    {
        var command = request?.Command?.Trim().ToLowerInvariant() ?? CommandCatalog.Ask;
        var argument = request?.Argument?.Trim() ?? string.Empty;
        var query = command == CommandCatalog.Ask ? argument : $"/{command} {argument}".TrimEnd();
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

        if (store.Current is not { } facts)
        {
            return command == CommandCatalog.Help ? AboutAnswers.Help(null, query) : Answers.Unavailable(query);
        }

        var context = _contexts.GetValue(facts, f => new AnswerContext(f));
        return command switch
        {
            CommandCatalog.Who => WhoAnswers.Answer(context, argument, query),
            CommandCatalog.Timeline => TimelineAnswers.Answer(context, argument, query),
            CommandCatalog.Sources => SourceAnswers.Answer(context, argument, query),
            CommandCatalog.About => AboutAnswers.About(context, query),
            CommandCatalog.Help => AboutAnswers.Help(context, query),
            _ => QuestionAnswers.Answer(context, argument),
        };
    }

    /// <inheritdoc />
    public BotRequest Parse(string message) => MessageParser.Parse(message);

    /// <inheritdoc />
    public IReadOnlyList<string> Complete(string command, string option, string typed, int limit = 25)
    {
        if (store.Current is not { } facts || limit <= 0)
        {
            return [];
        }

        return Completer.Complete(facts, command ?? string.Empty, option ?? string.Empty, typed ?? string.Empty, limit);
    }
}
