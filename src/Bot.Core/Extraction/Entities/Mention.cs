namespace Bot.Core.Extraction.Entities;

/// <summary>One occurrence of a name in a sentence, with what its context says about it.</summary>
internal sealed class Mention(SentenceView sentence, string name, int firstToken, int lastToken)
{
    public SentenceView Sentence { get; } = sentence;

    /// <summary>The name as written, without honorific or possessive ending.</summary>
    public string Name { get; } = name;

    public int FirstToken { get; } = firstToken;

    public int LastToken { get; } = lastToken;

    public int TokenCount => LastToken - FirstToken + 1;

    public KindVotes Votes { get; } = new();

    public List<string> Descriptions { get; } = [];

    /// <summary>Head nouns of the person's titles and roles ("engineer", "mayor"): what a later "the engineer" may refer back to.</summary>
    public List<string> RoleNouns { get; } = [];

    /// <summary>Token where a title written before the name starts ("British Foreign Secretary Truss"), else -1.</summary>
    public int TitleStart { get; set; } = -1;
}
