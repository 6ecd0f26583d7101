namespace Bot.Core.Facts;

/// <summary>A stand a source takes that is not a claim it backs: a denial, a criticism, a reaction to something.</summary>
/// <param name="Text">What the source did, as a verb phrase from the article ("denied that the project was over budget",
/// "dismissed those concerns").</param>
/// <param name="Opposes">True when the verb takes a stand against its object (deny, criticise, reject, dismiss ...).</param>
public sealed record SourcePosition(string Text, bool Opposes);
