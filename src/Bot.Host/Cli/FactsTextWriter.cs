using System.Globalization;
using Bot.Core.Facts;

namespace Bot.Host.Cli;

/// <summary>The readable form of `facts` (without --json).</summary>
internal static class FactsTextWriter
{
    public static void Write(ArticleFacts facts, TextWriter output)
    {
        var article = facts.Article;
        output.WriteLine(article.Title);
        output.WriteLine(Line("Outlet", article.Metadata.Outlet));
        output.WriteLine(Line("URL", article.Metadata.Url));
        output.WriteLine(Line("Published", facts.Published.Date is null ? "unknown" : $"{facts.Published.Date} ({facts.Published.Status.ToString().ToLowerInvariant()})"));
        output.WriteLine($"  {facts.Published.Reasoning}");
        output.WriteLine(Line("Paragraphs", article.Paragraphs.Count.ToString(CultureInfo.InvariantCulture)));

        Section(output, "Entities", facts.Entities, e =>
            $"{e.Name} [{KindOf(e.Kind)}{(e.Generic ? ", unnamed" : string.Empty)}]"
            + (e.Aliases.Count > 0 ? $" also: {string.Join(", ", e.Aliases)}" : string.Empty)
            + (e.Descriptions.Count > 0 ? $" — {string.Join("; ", e.Descriptions)}" : string.Empty),
            e => e.Citations);
        Section(output, "Statements", facts.Statements, s =>
            $"{s.Speaker} {s.Verb}{(s.Via is null ? string.Empty : $" (via {s.Via})")}: {(s.Direct ? $"“{s.Content}”" : s.Content)} [{s.Stance.ToString().ToLowerInvariant()}]",
            s => s.Citations);
        // The facts' own order, which is by start date: "2025-W09" reads before "2025-06-02".
        Section(output, "Timeline", facts.Timeline, t =>
            $"{t.Date?.ToWords() ?? "undated"}{(t.End is { } end ? $" to {end.ToWords()}" : string.Empty)} (“{t.Expression}”, {t.Status.ToString().ToLowerInvariant()}): {t.Event}",
            t => t.Citations);
        Section(output, "Sources", facts.Sources, s =>
            $"{s.Name} [{s.Kind.ToString().ToLowerInvariant()}, {(s.Named ? "named" : "anonymous")}]: {s.Description}",
            s => s.Citations);
        Section(output, "Inconsistencies", facts.Inconsistencies, i => i.Description, i => i.Citations);
    }

    private static string Line(string label, string? value) => $"{label}: {value ?? "-"}";

    private static void Section<T>(TextWriter output, string heading, IReadOnlyList<T> items, Func<T, string> describe, Func<T, IReadOnlyList<Citation>> citations)
    {
        output.WriteLine();
        output.WriteLine($"{heading} ({items.Count})");
        foreach (var item in items)
        {
            output.WriteLine($"- {describe(item)}");
            var cited = citations(item);
            if (cited.Count > 0)
            {
                output.WriteLine($"    cites {string.Join(", ", cited.Select(c => $"¶{c.Paragraph}.{c.Sentence}"))}");
            }
        }
    }

    // "unknown" would read as if the name were unknown; it is the kind the article leaves open.
    private static string KindOf(EntityKind kind) => kind == EntityKind.Unknown ? "kind unclear" : kind.ToString().ToLowerInvariant();
}
