using System.Text.Json.Serialization;

namespace Bot.Evaluation;

/// <summary>One question of the dev set, written by readers who had not seen the code.</summary>
/// <param name="Article">"seed", or a path under shared/eval ("polnear/dev/text/x.txt", "te3-platinum/text/y.txt").</param>
/// <param name="Split">"dev" (fit and tune on it) or "heldout" (report only).</param>
/// <param name="Answer">Fragments the answer must contain; alternatives within one fragment are separated by "|".</param>
/// <param name="Cite">A verbatim part of the sentence the answer must cite; empty when unanswerable.</param>
/// <param name="YesNo">"yes" or "no" for yes/no questions.</param>
/// <param name="AlsoCite">Verbatim parts of other sentences that answer as well as the cited one (a headline, a
/// restatement), judged by readers who saw the article and the question but never the bot's answers.</param>
internal sealed record DevSetQuestion(
    [property: JsonPropertyName("article")] string Article,
    [property: JsonPropertyName("split")] string Split,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("question")] string Question,
    [property: JsonPropertyName("answerable")] bool Answerable,
    [property: JsonPropertyName("near_miss")] bool NearMiss,
    [property: JsonPropertyName("answer")] IReadOnlyList<string> Answer,
    [property: JsonPropertyName("cite")] string Cite,
    [property: JsonPropertyName("yes_no")] string? YesNo,
    [property: JsonPropertyName("also_cite")] IReadOnlyList<string>? AlsoCite = null)
{
    public bool IsHeldOut => Split == "heldout";
}
