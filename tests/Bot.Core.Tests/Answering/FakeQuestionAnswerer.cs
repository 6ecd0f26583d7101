using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering;

/// <summary>A question answerer that says whatever the test tells it to, citing whatever it likes.</summary>
internal sealed class FakeQuestionAnswerer(Func<ArticleFacts, Answer> respond) : IQuestionAnswerer
{
    public List<string> Questions { get; } = [];

    public Task<Answer> AnswerAsync(ArticleFacts facts, string question, CancellationToken cancellationToken = default)
    {
        Questions.Add(question);
        return Task.FromResult(respond(facts));
    }
}
