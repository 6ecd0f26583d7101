using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>One structured line of an answer (a statement, an event, a source).</summary>
/// <param name="Label">A short heading: a speaker, a date, a source name.</param>
/// <param name="Text">The item itself in one or two sentences.</param>
/// <param name="Details">Named extra values (for an event: "written", "resolved", "status").</param>
public sealed record AnswerItem(
    string Label,
    string Text,
    IReadOnlyList<Citation> Citations,
    IReadOnlyDictionary<string, string>? Details = null);
