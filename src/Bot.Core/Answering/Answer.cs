using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>The core's reply to one request; every adapter renders this and nothing else.</summary>
/// <param name="Query">The request as understood ("/who Zhao Lijian", or the question).</param>
/// <param name="Found">False when the article does not support an answer ("The article doesn't say ...").</param>
/// <param name="Text">The answer in a sentence or two of plain text (no platform markup).</param>
/// <param name="Citations">The exact sentences that support the answer, in the order they are referred to.</param>
/// <param name="Article">The article answered about (title, outlet, date), so a renderer needs nothing but the answer;
/// set by the core on every answer once an article is loaded.</param>
public sealed record Answer(
    AnswerKind Kind,
    string Query,
    bool Found,
    string Text,
    IReadOnlyList<AnswerItem> Items,
    IReadOnlyList<Citation> Citations,
    ArticleHeading? Article = null);
