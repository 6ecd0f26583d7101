using System.Collections.Concurrent;
using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Facts;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Evaluation;

/// <summary>Asks the core a dev-set question the way the chat does: the typed text, parsed, then answered by the
/// question answerer under test (the ranked one unless told otherwise).</summary>
internal static class AnswerRunner
{
    private static readonly ConcurrentDictionary<(string Article, string Answerer), CommandRouter> Routers = new();

    /// <summary>The answerers by their configuration name.</summary>
    public static IReadOnlyDictionary<string, Func<IQuestionAnswerer>> Answerers { get; } = new Dictionary<string, Func<IQuestionAnswerer>>(StringComparer.Ordinal)
    {
        [LexicalQuestionAnswerer.Name] = () => new LexicalQuestionAnswerer(),
        [RankedQuestionAnswerer.Name] = () => new RankedQuestionAnswerer(EvalVectors.Store),
    };

    public static Answer Ask(DevSetQuestion question, string answerer = RankedQuestionAnswerer.Name)
    {
        ArgumentNullException.ThrowIfNull(question);
        var router = Routers.GetOrAdd((question.Article, answerer), key =>
        {
            var facts = EvalArticles.Get(key.Article);
            EvalVectors.Prepare(facts);
            return new CommandRouter(new FactStore(facts), Answerers[key.Answerer](), NullLogger<CommandRouter>.Instance);
        });

        // Both answerers complete synchronously over memory, so this never blocks on I/O.
        return router.AnswerAsync(RequestParser.Parse(question.Question)).GetAwaiter().GetResult();
    }
}
