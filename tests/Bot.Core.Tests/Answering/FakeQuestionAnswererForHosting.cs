using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering;

/// <summary>A second question answerer for the container to choose, as a semantic one will be.</summary>
internal sealed class FakeQuestionAnswererForHosting : IQuestionAnswerer
{
    public Task<Answer> AnswerAsync(ArticleFacts facts, string question, CancellationToken cancellationToken = default) =>
        Task.FromResult(new Answer(AnswerKind.NotFound, question, false, "The fake doesn't know.", [], []));
}
