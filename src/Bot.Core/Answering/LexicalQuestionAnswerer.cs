using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>The default <see cref="IQuestionAnswerer"/>: classifies the question, links names and ranks the
/// article's sentences with BM25 weighted by what the question asks for. CPU work over memory, so it completes
/// synchronously; the search index is built once per snapshot.</summary>
public sealed class LexicalQuestionAnswerer : IQuestionAnswerer
{
    /// <summary>Its name for <c>Answering:QuestionAnswerer</c>.</summary>
    public const string Name = "lexical";

    /// <inheritdoc />
    public Task<Answer> AnswerAsync(ArticleFacts facts, string question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(facts);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(QuestionAnswers.Answer(AnswerContext.For(facts), question ?? string.Empty));
    }
}
