using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering;

/// <summary>A small made-up article with hand-written facts, so answering is tested apart from extraction.</summary>
internal static class SampleFacts
{
    public const string Text = """
        Harbour Plan Draws Fire

        The city council approved the harbour plan on Monday (March 4), the Daily Tide reported.

        Mayor Ana Costa said: "This plan will bring jobs to the harbour." Costa added that work starts in June.

        A council spokesperson said the vote was close. Residents protested in 2023 against an earlier version.

        A survey by Coastline Research found that 62% of residents back the plan.

        Work on the harbour should finish in the coming years.
        """;

    public static ArticleFacts Create()
    {
        var article = ArticleLoader.Parse(Text, "harbour.txt");
        Citation C(int p, int s) => Citation.Of(article.FindSentence(p, s) ?? throw new InvalidOperationException($"no sentence {p}.{s}"));

        Entity[] entities =
        [
            new("Ana Costa", EntityKind.Person, ["Costa"], ["Mayor"], [C(2, 1), C(2, 2)]),
            new("Daily Tide", EntityKind.Organization, [], ["newspaper"], [C(1, 1)]),
            new("a council spokesperson", EntityKind.Person, [], [], [C(3, 1)], Generic: true),
            new("Coastline Research", EntityKind.Organization, [], [], [C(4, 1)]),
        ];
        Statement[] statements =
        [
            new("Daily Tide", "reported", "The city council approved the harbour plan on Monday (March 4)", false, Stance.Attributed, [C(1, 1)]),
            new("Ana Costa", "said", "This plan will bring jobs to the harbour.", true, Stance.Attributed, [C(2, 1)]),
            new("Ana Costa", "added", "work starts in June", false, Stance.Attributed, [C(2, 2)]),
            new("a council spokesperson", "said", "the vote was close", false, Stance.Attributed, [C(3, 1)]),
            new("a survey by Coastline Research", "found", "62% of residents back the plan", false, Stance.Attributed, [C(4, 1)]),
        ];
        TimelineEvent[] timeline =
        [
            new(ArticleDate.Parse("2024-06"), null, DatePrecision.Month, "in June", "work starts", DateStatus.Inferred, [C(2, 2)]),
            new(null, null, DatePrecision.Unknown, "in the coming years", "Work on the harbour should finish", DateStatus.Unresolved, [C(5, 1)]),
            new(ArticleDate.Parse("2024-03-04"), null, DatePrecision.Day, "on Monday (March 4)", "The city council approved the harbour plan", DateStatus.Inferred, [C(1, 1)]),
            new(ArticleDate.Parse("2023"), null, DatePrecision.Year, "in 2023", "Residents protested against an earlier version", DateStatus.Stated, [C(3, 2)]),
        ];
        Source[] sources =
        [
            new("Daily Tide", SourceKind.Outlet, "a local newspaper", true, ["The city council approved the harbour plan"], [C(1, 1)], [], []),
            new("a council spokesperson", SourceKind.Spokesperson, "speaks for the council", false, ["the vote was close"], [C(3, 1)], [], []),
            new("Coastline Research survey", SourceKind.Survey, "a survey of residents", true, ["62% of residents back the plan"], [C(4, 1)], [], []),
        ];
        Inconsistency[] inconsistencies = [new("The harbour is also spelled \"harbor\" once.", [C(1, 1)])];
        var published = new PublicationDate(ArticleDate.Parse("2024-03-05"), DateStatus.Inferred, "Monday (March 4) fell on a Monday in 2024.");
        return new ArticleFacts(article, published, entities, statements, timeline, sources, inconsistencies);
    }

    public static CommandRouter Answerer() => TestRouter.Over(Create());

    public static Completer Completer() => new(new FactStore(Create()));
}
