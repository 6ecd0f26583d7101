namespace Bot.Core.Answering.Semantic;

/// <summary>Which side of a retrieval a text is on.</summary>
public enum TextRole
{
    /// <summary>A reader's question.</summary>
    Query,

    /// <summary>A sentence of the article.</summary>
    Passage,
}
