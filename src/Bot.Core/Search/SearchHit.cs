namespace Bot.Core.Search;

/// <summary>One ranked sentence.</summary>
/// <param name="Index">The sentence's position in the indexed list.</param>
/// <param name="Score">Its BM25 score for the query.</param>
/// <param name="Coverage">The share of the query's weight (idf) that the sentence contains, 0..1.</param>
public readonly record struct SearchHit(int Index, double Score, double Coverage);
