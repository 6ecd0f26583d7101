using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Host.Json;

/// <summary>One line of `chat --json` and `ask --json`.</summary>
internal sealed record AnswerDocument(
    AnswerKind Kind,
    string Query,
    bool Found,
    string Text,
    IReadOnlyList<AnswerItem> Items,
    IReadOnlyList<Citation> Citations,
    ArticleHeading? Article)
{
    public static AnswerDocument From(Answer answer) =>
        new(answer.Kind, answer.Query, answer.Found, answer.Text, answer.Items, answer.Citations, answer.Article);
}
