using System.Text.RegularExpressions;
using Bot.Core.Extraction.Attribution;
using Bot.Core.Facts;

namespace Bot.Core.Extraction.Sourcing;

/// <summary>Gathers the speakers of the statements into one group per real-world source. A speaker is the entity
/// it names; a title or description before a name ("Councilman Dev Ramirez") or in apposition to it ("the city's
/// chief engineer, Paul Hendricks, ...") is that name; "the engineer" is the one named source described so.
/// Occasions ("a press conference") are where something was said, so they are nobody's group.</summary>
internal static partial class SourceMerger
{
    public static List<SourceGroup> Group(IReadOnlyList<Entity> entities, IReadOnlyList<Statement> statements, Func<SourceGroup, string> describe)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(statements);
        ArgumentNullException.ThrowIfNull(describe);
        var names = new KnownNames(entities, statements);
        var groups = new List<SourceGroup>();
        var byName = new Dictionary<string, SourceGroup>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            if (statement.Speaker != StatementExtractor.ArticleVoice && !SpeakerName.IsPronoun(statement.Speaker))
            {
                var (speaker, title, said) = Appositive(statement, names);
                Join(speaker, title, said, own: true)?.Mention(statement.Speaker);
            }

            if (statement.Via is { } via)
            {
                Join(via, null, statement, own: false)?.Mention(via);
            }
        }

        MergeDefiniteDescriptions(groups, describe);
        return groups;

        SourceGroup? Join(string speaker, string? title, Statement statement, bool own)
        {
            if (PressConferences.IsOccasion(speaker) && PressConferences.Owner(speaker) is null)
            {
                return null;
            }

            speaker = PressConferences.IsOccasion(speaker) ? PressConferences.Owner(speaker)! : speaker;
            var (name, prefix) = names.Canonical(speaker);
            if (!byName.TryGetValue(name, out var group))
            {
                group = new SourceGroup(name, names.EntityOf(name));
                byName[name] = group;
                groups.Add(group);
            }

            foreach (var t in new[] { title, prefix })
            {
                if (t is { Length: > 0 } && !group.Titles.Contains(t, StringComparer.Ordinal))
                {
                    group.Titles.Add(t);
                }
            }

            group.Add(statement, own);
            group.Mention(speaker);
            return group;
        }
    }

    /// <summary>"According to the city's chief engineer, Paul Hendricks, construction will begin": the name after
    /// the description is the speaker, and the claim starts after it.</summary>
    private static (string Speaker, string? Title, Statement Statement) Appositive(Statement statement, KnownNames names)
    {
        var speaker = statement.Speaker;
        if (SpeakerName.IsGeneric(speaker) && LeadingName().Match(statement.Content) is { Success: true } m
            && names.IsName(m.Groups["name"].Value))
        {
            return (m.Groups["name"].Value, speaker, statement with { Content = m.Groups["rest"].Value });
        }

        return (speaker, null, statement);
    }

    /// <summary>"The engineer added ...": a definite description whose head is the role of exactly one named source
    /// cited before it is that source.</summary>
    private static void MergeDefiniteDescriptions(List<SourceGroup> groups, Func<SourceGroup, string> describe)
    {
        var roles = groups.Where(g => g.Named).ToDictionary(g => g, g => RoleHeads(g, describe(g)));
        foreach (var group in groups.ToList())
        {
            if (group.Named || !Definite().IsMatch(group.Name) || IsDocument(group.Name))
            {
                continue;
            }

            var head = Head(group.Name);
            var first = FirstCited(group);
            var candidates = roles.Where(r => r.Value.Contains(head) && FirstCited(r.Key).CompareTo(first) <= 0).Select(r => r.Key).ToList();
            if (candidates is [var named])
            {
                named.Absorb(group);
                groups.Remove(group);
            }
        }
    }

    private static HashSet<string> RoleHeads(SourceGroup group, string description) =>
        [.. group.Titles.Append(description).Concat(group.Entity?.Descriptions ?? []).Where(d => d.Length > 0).Select(RoleHead)];

    /// <summary>The noun a description turns on: "the city's chief engineer" is an engineer, "TikTok's head of
    /// government relations" a head, "a short video-sharing app developed by ..." an app.</summary>
    internal static string RoleHead(string description)
    {
        var phrase = RoleQualifier().Split(description, 2)[0];
        return Head(phrase);
    }

    private static string Head(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? string.Empty : words[^1].Trim('.', ',', ';', ':', '"', '“', '”').ToLowerInvariant();
    }

    // "The report" or "the data" never refer to a person described so.
    private static bool IsDocument(string name) =>
        SourceClassifier.Classify(name, string.Empty, null, []) is SourceKind.Survey or SourceKind.Recording or SourceKind.Report or SourceKind.Document;

    private static (int, int) FirstCited(SourceGroup group) =>
        group.Statements.SelectMany(s => s.Citations).Select(c => (c.Paragraph, c.Sentence)).DefaultIfEmpty((int.MaxValue, 0)).Min();

    [GeneratedRegex(@"^(?<name>[\p{Lu}][^,]{1,60}),\s+(?<rest>\S.*)$", RegexOptions.Singleline)]
    private static partial Regex LeadingName();

    [GeneratedRegex(@"^(?:the|this|that)\s", RegexOptions.IgnoreCase)]
    private static partial Regex Definite();

    [GeneratedRegex(@",|\s(?:of|in|at|for|from|with|by|who|which|that|since|and)\s|\s\S+ed\s+by\s", RegexOptions.IgnoreCase)]
    private static partial Regex RoleQualifier();
}
