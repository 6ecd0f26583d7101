using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>/about (what the article is and holds) and /help (the commands).</summary>
internal static class AboutAnswers
{
    public static Answer About(AnswerContext context, string query)
    {
        var facts = context.Facts;
        var article = facts.Article;
        var people = facts.Entities.Count(e => e.Kind == EntityKind.Person && !e.Generic);
        var dated = facts.Timeline.Count(e => e.Date is not null);
        var outlet = article.Metadata.Outlet is { Length: > 0 } o ? $" from {o}" : string.Empty;
        var published = facts.Published.Date is { } date ? $"published {date}" : "with no publication date found";
        var text = $"“{article.Title}”{outlet}, {published}. {Phrasing.EndSentence(facts.Published.Reasoning)} "
            + $"It mentions {Phrasing.Count(people, "person", "people")}, {Phrasing.Count(facts.Statements.Count, "statement", "statements")}, "
            + $"{Phrasing.Count(dated, "dated event", "dated events")} and {Phrasing.Count(facts.Sources.Count, "source", "sources")}"
            + (facts.Inconsistencies.Count > 0 ? $", and has {Phrasing.Count(facts.Inconsistencies.Count, "inconsistency", "inconsistencies")}:" : ".");
        var items = new List<AnswerItem>
        {
            new("Title", article.Title, []),
            new("Outlet", article.Metadata.Outlet ?? "not given", []),
            new("Published", facts.Published.Date?.ToString() ?? "unknown", [], new Dictionary<string, string>
            {
                ["status"] = facts.Published.Status.ToString().ToLowerInvariant(),
                ["reasoning"] = facts.Published.Reasoning,
            }),
            new("Counts", $"{Phrasing.Count(people, "person", "people")}, {Phrasing.Count(facts.Statements.Count, "statement", "statements")}, {Phrasing.Count(facts.Timeline.Count, "event", "events")} ({dated} dated), {Phrasing.Count(facts.Sources.Count, "source", "sources")}", []),
        };
        items.AddRange(facts.Inconsistencies.Select(i => new AnswerItem("Inconsistency", i.Description, i.Citations)));
        return new Answer(AnswerKind.About, query, true, text, items, CitationList.For(items));
    }

    public static Answer Help(AnswerContext? context, string query)
    {
        var subject = context is null ? "the article" : $"“{context.Facts.Article.Title}”";
        var items = CommandCatalog.All
            .Select(c => new AnswerItem($"/{c.Name}", $"{c.Description}. Example: {c.Example}", [], new Dictionary<string, string> { ["example"] = c.Example }))
            .ToList();
        var text = $"I answer questions about {subject}, citing its sentences. Ask in plain English, or use a command:";
        return new Answer(AnswerKind.Help, query, true, text, items, []);
    }
}
