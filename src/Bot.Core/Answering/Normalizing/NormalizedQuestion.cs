namespace Bot.Core.Answering.Normalizing;

/// <summary>A question as the answerer reads it, and what normalising changed.</summary>
/// <param name="Text">The question without platform mentions, with spellings and typos mended.</param>
/// <param name="Corrections">Each mended word, as "written → read".</param>
/// <param name="NotEnglish">The question is in another language; it is not answered.</param>
public sealed record NormalizedQuestion(string Text, IReadOnlyList<string> Corrections, bool NotEnglish);
