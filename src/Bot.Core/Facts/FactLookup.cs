using System.Runtime.CompilerServices;
using Bot.Core.Extraction.Time;
using Bot.Core.Text;

namespace Bot.Core.Facts;

/// <summary>Lookups over one snapshot: by entity (tolerant of case, possessives, surnames and small
/// misspellings), by date range and by source. Name matching is indexed once per snapshot.</summary>
public static class FactLookup
{
    private static readonly ConditionalWeakTable<ArticleFacts, NameIndex> Names = [];

    /// <summary>The entity a written name most likely refers to, or null.</summary>
    public static Entity? FindEntity(this ArticleFacts facts, string name)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(name);
        return Names.GetValue(facts, static f => new NameIndex(f.Entities)).FindBest(name)?.Entity;
    }

    /// <summary>Dated events whose period overlaps [from, to], in timeline order.</summary>
    public static IEnumerable<TimelineEvent> EventsBetween(this ArticleFacts facts, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return facts.Timeline.Where(e =>
            e.Date is { } date
            && TimexValue.PeriodStart(date) is { } start
            && (TimexValue.PeriodEnd(e.End ?? date) ?? start) is var end
            && start <= to
            && end >= from);
    }

    /// <summary>Statements made by the source (or relayed by it, as in "Bloomberg quoted a spokesperson").</summary>
    public static IEnumerable<Statement> StatementsBy(this ArticleFacts facts, string source)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(source);
        var entity = facts.FindEntity(source);
        return facts.Statements.Where(s => Names(s).Any(n => Same(n, source, entity)));

        static IEnumerable<string> Names(Statement s) => s.Via is { } via ? [s.Speaker, via] : [s.Speaker];
    }

    /// <summary>The sources whose name matches.</summary>
    public static IEnumerable<Source> SourcesNamed(this ArticleFacts facts, string name)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(name);
        var entity = facts.FindEntity(name);
        return facts.Sources.Where(s => Same(s.Name, name, entity));
    }

    private static bool Same(string written, string query, Entity? entity) =>
        NameMatcher.Score(query, written) >= 0.5 || (entity is not null && NameMatcher.Score(written, entity) >= 0.9);
}
