using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>Answers free questions (everything that is not a catalogue command) over one fact snapshot.
/// Implementations are registered by name with
/// <see cref="Hosting.BotCoreHostingExtensions.AddQuestionAnswerer{TAnswerer}"/> and chosen by the
/// <c>Answering:QuestionAnswerer</c> setting. Whatever they return is checked against the article before it is
/// sent, so an implementation cannot put words in the article's mouth.</summary>
public interface IQuestionAnswerer
{
    /// <summary>The answer to <paramref name="question"/>, citing sentences of <paramref name="facts"/>' article
    /// verbatim; "the article doesn't say" is an answer with <see cref="Answer.Found"/> false, not an exception.</summary>
    Task<Answer> AnswerAsync(ArticleFacts facts, string question, CancellationToken cancellationToken = default);
}
