using Bot.Core.Facts;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>/sources: who and what the article relies on, named or anonymous, with the claims each backs.</summary>
internal static class SourceAnswers
{
    private const int MaxClaims = 3;

    public static Answer Answer(AnswerContext context, string filter, string query)
    {
        var sources = context.Facts.Sources.Where(s => filter.Length == 0 || Matches(s, filter)).ToList();
        if (sources.Count == 0)
        {
            var text = filter.Length == 0 ? "The article names no sources." : $"The article relies on no source matching {filter}.";
            return new Answer(AnswerKind.Sources, query, false, text, [], []);
        }

        var items = sources.Select(s => Item(context, s)).ToList();
        var named = sources.Count(s => s.Named);
        var summary = $"The article relies on {Phrasing.Count(sources.Count, "source", "sources")}"
            + $" ({named} named, {sources.Count - named} anonymous): {string.Join(", ", sources.Select(s => s.Name))}.";
        return new Answer(AnswerKind.Sources, query, true, summary, items, CitationList.For(items));
    }

    /// <summary>A source with its claims, citing first the sentence that introduces it when it is a known entity,
    /// since that is where the article says what the source is.</summary>
    public static AnswerItem Item(AnswerContext context, Source source)
    {
        var item = Item(source);
        var at = IndexOf(context.Facts.Sources, source);
        if (at >= 0 && context.SourceEntities[at] is { Citations.Count: > 0 } entity)
        {
            var citations = new CitationList();
            citations.Add(entity.Citations[0]);
            citations.AddRange(source.Citations);
            return item with { Citations = citations.Items };
        }

        return item;
    }

    public static AnswerItem Item(Source source)
    {
        var text = $"{Phrasing.Capitalize(Phrasing.Kind(source.Kind))}, {(source.Named ? "named" : "anonymous")}";
        if (source.Description.Length > 0)
        {
            text += $": {Phrasing.EndSentence(source.Description)}";
        }
        else
        {
            text += ".";
        }

        if (source.Claims.Count > 0)
        {
            text += " Backs: " + string.Join(" | ", source.Claims.Take(MaxClaims).Select(c => c.Trim()));
        }

        // Denials, criticisms and reactions keep their verb: "Denied that ..." must never read as backing it.
        if (source.Positions.Count > 0)
        {
            text = Phrasing.EndSentence(text) + " " + Phrasing.EndSentence(
                Phrasing.Capitalize(string.Join("; ", source.Positions.Take(MaxClaims).Select(p => p.Text.Trim().TrimEnd('.')))));
        }

        return new AnswerItem(source.Name, text, source.Citations, new Dictionary<string, string>
        {
            ["kind"] = Phrasing.Kind(source.Kind),
            ["named"] = source.Named ? "yes" : "no",
            ["claims"] = source.Claims.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["positions"] = source.Positions.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    private static int IndexOf(IReadOnlyList<Source> sources, Source source)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (ReferenceEquals(sources[i], source))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Matches(Source source, string filter) =>
        source.Name.Contains(filter, StringComparison.OrdinalIgnoreCase)
        || NameMatcher.Score(filter, source.Name) >= 0.5
        || Phrasing.Kind(source.Kind).Equals(filter, StringComparison.OrdinalIgnoreCase)
        || Phrasing.Kind(source.Kind).Equals(filter.TrimEnd('s'), StringComparison.OrdinalIgnoreCase)
        || source.Description.Contains(filter, StringComparison.OrdinalIgnoreCase)
        || source.Mentions.Any(m => m.Contains(filter, StringComparison.OrdinalIgnoreCase));
}
