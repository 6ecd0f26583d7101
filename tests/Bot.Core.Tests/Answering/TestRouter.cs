using Bot.Core.Answering;
using Bot.Core.Facts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Core.Tests.Answering;

/// <summary>The command router over a fixed snapshot, answering questions lexically unless told otherwise.</summary>
internal static class TestRouter
{
    public static CommandRouter Over(ArticleFacts? facts, IQuestionAnswerer? questions = null, ILogger<CommandRouter>? logger = null) =>
        new(facts is null ? new FactStore() : new FactStore(facts), questions ?? new LexicalQuestionAnswerer(), logger ?? NullLogger<CommandRouter>.Instance);

    /// <summary>The answer to one request; the lexical answerer completes synchronously, so this never blocks.</summary>
    public static Answer Answer(this IArticleAnswerer answerer, BotRequest request) =>
        answerer.AnswerAsync(request).GetAwaiter().GetResult();

    /// <summary>The answer to a typed message, parsed as every surface parses it.</summary>
    public static Answer Ask(this IArticleAnswerer answerer, string message) => answerer.Answer(RequestParser.Parse(message));
}
