using System.Collections.Concurrent;
using Bot.Core.Answering;
using Bot.Core.Facts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Evaluation;

/// <summary>Asks the core a dev-set question the way the chat does: the typed text, parsed, then answered.</summary>
internal static class AnswerRunner
{
    private static readonly ConcurrentDictionary<string, CommandRouter> Answerers = new(StringComparer.Ordinal);

    public static Answer Ask(DevSetQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var answerer = Answerers.GetOrAdd(question.Article, id =>
            new CommandRouter(new FactStore(EvalArticles.Get(id)), new LexicalQuestionAnswerer(), NullLogger<CommandRouter>.Instance));

        // The lexical answerer completes synchronously, so this never blocks.
        return answerer.AnswerAsync(RequestParser.Parse(question.Question)).GetAwaiter().GetResult();
    }
}
