using System.Collections.Concurrent;
using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Discord.Tests.Fakes;

/// <summary>An answering core that records what it was asked, so tests check what really reached it.</summary>
internal sealed class FakeAnswerer : IArticleAnswerer, ICompleter
{
    public ConcurrentQueue<BotRequest> Requests { get; } = new();
    public ConcurrentQueue<(string Command, string Option, string Typed, int Limit)> Completions { get; } = new();

    /// <summary>When set, answers wait for it: a slow core.</summary>
    public TaskCompletionSource? Gate { get; set; }

    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<string> Names { get; set; } = ["Zhao Lijian", "Zhang Yiming", "Zuckerberg", "Bloomberg News"];

    public Func<BotRequest, Answer>? Respond { get; set; }

    public async Task<Answer> AnswerAsync(BotRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue(request);
        Started.TrySetResult();
        if (Gate is { } gate)
            await gate.Task.WaitAsync(cancellationToken);
        return Respond?.Invoke(request) ?? DefaultAnswer(request);
    }

    public IReadOnlyList<string> Complete(string command, string option, string typed, int limit = 25)
    {
        Completions.Enqueue((command, option, typed, limit));
        return [.. Names.Where(n => n.StartsWith(typed, StringComparison.OrdinalIgnoreCase)).Take(limit)];
    }

    public static readonly Citation QuoteCitation = new(3, 2, "\"We *firmly* oppose it,\" said Zhao Lijian, a spokesman. @everyone");

    public static readonly ArticleHeading Article = new("Invisible Accounts", "Test Outlet", "2022-07-29");

    public static Answer DefaultAnswer(BotRequest request) => new(
        request.Command == CommandCatalog.Who ? AnswerKind.WhoIs : AnswerKind.General,
        $"/{request.Command} {request.Argument}".Trim(),
        true,
        "Zhao Lijian is a foreign ministry spokesman quoted in paragraph 3.",
        [],
        [QuoteCitation],
        Article);
}
