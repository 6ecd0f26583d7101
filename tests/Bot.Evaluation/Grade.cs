namespace Bot.Evaluation;

/// <summary>How one answer fared against its dev-set question.</summary>
/// <param name="Right">The answer is what the question's author expects: the right fragments and sentence, the right
/// yes or no, or a refusal for an unanswerable question.</param>
/// <param name="Found">The bot answered rather than said "the article doesn't say".</param>
/// <param name="Supported">Found, and a cited sentence is the one that answers the question.</param>
/// <param name="RelatedLeak">Refused, while offering the answering sentence as merely related.</param>
/// <param name="Problem">What is wrong, for the report; null when right.</param>
internal sealed record Grade(bool Right, bool Found, bool Supported, bool RelatedLeak, string? Problem);
