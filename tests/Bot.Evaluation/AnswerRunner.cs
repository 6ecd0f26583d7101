using System.Collections.Concurrent;
using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Evaluation;

/// <summary>Asks the core a dev-set question the way the chat does: the typed text, parsed, then answered.</summary>
internal static class AnswerRunner
{
    private static readonly ConcurrentDictionary<string, ArticleAnswerer> Answerers = new(StringComparer.Ordinal);

    public static Answer Ask(DevSetQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var answerer = Answerers.GetOrAdd(question.Article, id => new ArticleAnswerer(new FactStore(EvalArticles.Get(id))));
        return answerer.Answer(answerer.Parse(question.Question));
    }
}
