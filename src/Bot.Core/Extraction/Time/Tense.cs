namespace Bot.Core.Extraction.Time;

/// <summary>The time a clause points to, as far as its verbs tell.</summary>
internal enum Tense
{
    Unknown,
    Past,
    Present,
    Future,
}
