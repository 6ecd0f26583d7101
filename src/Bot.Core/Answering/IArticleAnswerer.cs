namespace Bot.Core.Answering;

/// <summary>The answering core every adapter shares: requests in, answers out.</summary>
public interface IArticleAnswerer
{
    /// <summary>Answers one request. Never throws for bad input: unknown commands, empty or oversized text
    /// and a missing article are answers with <see cref="Answer.Found"/> false.</summary>
    Task<Answer> AnswerAsync(BotRequest request, CancellationToken cancellationToken = default);

    /// <summary>Turns a typed message into a request: "/who Zhao" is the who command, anything else a question.</summary>
    BotRequest Parse(string message);

    /// <summary>Suggestions for an autocompleting option, matching the typed prefix regardless of case; at most <paramref name="limit"/>.</summary>
    IReadOnlyList<string> Complete(string command, string option, string typed, int limit = 25);
}
