using System.Collections.Concurrent;
using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Slack.Tests.Infrastructure;

/// <summary>An honest stand-in for the core: records every request and answers with a citation.</summary>
internal sealed class FakeAnswerer : IArticleAnswerer
{
    public const string CitedSentence = "The ministry called the report fake.";

    public ConcurrentQueue<BotRequest> Requests { get; } = new();

    /// <summary>Replaces the default answer, e.g. to hold an answer back or to throw.</summary>
    public Func<BotRequest, Task<Answer>>? Respond { get; set; }

    public Task<Answer> AnswerAsync(BotRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        return Respond?.Invoke(request) ?? Task.FromResult(DefaultAnswer(request));
    }

    public static Answer DefaultAnswer(BotRequest request) =>
        request.Command == CommandCatalog.Help
            ? new Answer(AnswerKind.Help, "/help", true, "Commands: who, timeline, sources, about, help.", [], [])
            : new Answer(AnswerKind.General, request.Argument, true, "Answer about " + request.Argument + ".", [],
                [new Citation(3, 2, CitedSentence)]);
}
