using Bot.Core.Answering;

namespace Bot.Host.Tests.Requests;

/// <summary>Records the requests that reach the core and answers nothing in particular.</summary>
internal sealed class RecordingAnswerer : IArticleAnswerer
{
    public List<BotRequest> Requests { get; } = [];

    public Task<Answer> AnswerAsync(BotRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        return Task.FromResult(new Answer(AnswerKind.General, request.Argument, false, "noted", [], []));
    }
}
