using Bot.Core.Facts;

namespace Bot.Core.Extraction.Sourcing;

/// <summary>The mentions of one real-world source while they are being gathered: the name it goes by, the
/// entity behind it, the titles and descriptions met on the way ("Councilman", "the city's chief engineer").</summary>
internal sealed class SourceGroup(string name, Entity? entity)
{
    public string Name { get; } = name;

    public Entity? Entity { get; } = entity;

    public List<string> Titles { get; } = [];

    public List<Statement> Statements { get; } = [];

    /// <summary>The speaker texts of its statements other than its name.</summary>
    public List<string> Mentions { get; } = [];

    /// <summary>The statements the source itself makes, as against those it relays for another.</summary>
    public List<Statement> Own { get; } = [];

    public bool Named => Entity is not { Generic: true } && !Attribution.SpeakerName.IsGeneric(Name);

    public void Add(Statement statement, bool own)
    {
        Statements.Add(statement);
        if (own)
        {
            Own.Add(statement);
        }
    }

    public void Mention(string speaker)
    {
        if (speaker != Name && !Mentions.Contains(speaker, StringComparer.Ordinal))
        {
            Mentions.Add(speaker);
        }
    }

    public void Absorb(SourceGroup other)
    {
        Mention(other.Name);
        other.Mentions.ForEach(Mention);
        Titles.Add(other.Name);
        Titles.AddRange(other.Titles);
        Statements.AddRange(other.Statements);
        Own.AddRange(other.Own);
    }
}
