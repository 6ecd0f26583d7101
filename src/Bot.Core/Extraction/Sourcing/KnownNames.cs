using Bot.Core.Extraction.Attribution;
using Bot.Core.Extraction.Entities;
using Bot.Core.Facts;

namespace Bot.Core.Extraction.Sourcing;

/// <summary>The proper names a speaker may turn out to be: every named entity's name and aliases, and the
/// speakers of several words that carry a name even when no entity was found for them.</summary>
internal sealed class KnownNames
{
    private static readonly HashSet<string> Joiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "of", "in", "for", "from", "with", "by", "on", "and", "or", "to", "near", "outside", "inside",
    };

    private static readonly HashSet<string> NoNameStarts = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "by", "for", "from", "the", "a", "an", "after", "before", "however", "but", "and", "when",
        "if", "as", "since", "last", "this", "next", "meanwhile", "still", "yet", "also", "then",
    };

    private readonly Dictionary<string, Entity> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Entity> unnamed = new(StringComparer.Ordinal);
    private readonly HashSet<string> ambiguous = new(StringComparer.Ordinal);
    private readonly List<string> longestFirst;

    public KnownNames(IReadOnlyList<Entity> named, IReadOnlyList<Statement> statements)
    {
        foreach (var entity in named.Where(e => e.Generic))
        {
            unnamed.TryAdd(entity.Name, entity);
        }

        foreach (var entity in named.Where(e => !e.Generic))
        {
            Map(entity.Name, entity);
            foreach (var alias in entity.Aliases)
            {
                Map(alias, entity);
            }
        }

        var spoken = statements.SelectMany(s => new[] { s.Speaker, s.Via }).OfType<string>()
            .Where(s => !SpeakerName.IsGeneric(s) && s.Contains(' ', StringComparison.Ordinal));
        longestFirst = [.. entities.Keys.Where(k => !ambiguous.Contains(k)).Concat(spoken).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length)];
    }

    public Entity? EntityOf(string name) =>
        !ambiguous.Contains(name) && entities.TryGetValue(name, out var entity) ? entity : unnamed.GetValueOrDefault(name);

    /// <summary>True for a known name, or for a phrase shaped like a person's name ("Jane Q. Doe").</summary>
    public bool IsName(string phrase)
    {
        if (longestFirst.Contains(phrase, StringComparer.Ordinal))
        {
            return true;
        }

        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4 && words.All(w => char.IsUpper(w[0])) && !NoNameStarts.Contains(words[0]);
    }

    /// <summary>The name a speaker goes by, and the title or description it was given before that name.</summary>
    public (string Name, string? Prefix) Canonical(string speaker)
    {
        if (EntityOf(speaker) is { Generic: false } entity)
        {
            return (entity.Name, null);
        }

        foreach (var name in longestFirst)
        {
            if (speaker.Length > name.Length + 1 && speaker.EndsWith(name, StringComparison.Ordinal) && speaker[^(name.Length + 1)] == ' ')
            {
                var prefix = speaker[..^(name.Length + 1)].TrimEnd(' ', ',');
                var last = prefix.Split(' ')[^1];
                if (prefix.Length > 0 && !Joiners.Contains(last) && !last.EndsWith("'s", StringComparison.Ordinal) && !last.EndsWith("’s", StringComparison.Ordinal))
                {
                    return (EntityOf(name) is { Generic: false } e ? e.Name : name, prefix);
                }
            }
        }

        return TitleBefore(speaker) is { } titled ? titled : (speaker, null);
    }

    /// <summary>"Councilman Dev Ramirez", "Foreign Secretary Jane Roe": a title before a personal name is no part of
    /// it. The rest must be a full name or a known one, so "General Motors" keeps its first word.</summary>
    private (string Name, string? Prefix)? TitleBefore(string speaker)
    {
        var words = speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var title = Array.FindLastIndex(words, w => EntityLexicon.TitleWords.Contains(w.TrimEnd('.')));
        if (title < 0 || title == words.Length - 1 || SpeakerName.IsGeneric(speaker))
        {
            return null;
        }

        var rest = words[(title + 1)..];
        var name = string.Join(' ', rest);
        if (!rest.All(w => char.IsUpper(w[0]) && !EntityLexicon.TitleWords.Contains(w)) || (rest.Length < 2 && EntityOf(name) is not { Generic: false }))
        {
            return null;
        }

        return (EntityOf(name) is { Generic: false } e ? e.Name : name, string.Join(' ', words[..(title + 1)]));
    }

    private void Map(string name, Entity entity)
    {
        if (entities.TryGetValue(name, out var other) && !ReferenceEquals(other, entity) && other.Name != entity.Name)
        {
            ambiguous.Add(name);
            return;
        }

        entities[name] = entity;
    }
}
