namespace Bot.Core.Answering;

/// <summary>The answering core every adapter shares: a request in, an answer out. Adapters turn their payloads
/// into a <see cref="BotRequest"/> with <see cref="RequestParser"/> and render the <see cref="Answer"/> they get back,
/// which carries everything a renderer needs (its citations and the article's heading).</summary>
public interface IArticleAnswerer
{
    /// <summary>Answers one request. Never throws for bad input: unknown commands, empty or oversized text,
    /// a missing article and an answer whose citations do not check out are answers with <see cref="Answer.Found"/> false.</summary>
    Task<Answer> AnswerAsync(BotRequest request, CancellationToken cancellationToken = default);
}
