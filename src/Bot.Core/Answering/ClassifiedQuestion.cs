namespace Bot.Core.Answering;

/// <summary>A free question as understood.</summary>
/// <param name="Subject">The person for who-is and what-did-X-say, the words for who-said, the claim for source-of; else empty.</param>
/// <param name="Topic">For what-did-X-say, what about ("about the request"); else empty.</param>
/// <param name="Verb">For what-did-X-say, the verb asked about ("vow", "acknowledge"); else empty.</param>
internal sealed record ClassifiedQuestion(QuestionKind Kind, string Text, string Subject = "", string Topic = "", string Verb = "");
