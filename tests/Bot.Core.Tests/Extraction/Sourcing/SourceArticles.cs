using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Sourcing;

/// <summary>Small articles of our own, extracted the way the bot extracts a loaded article.</summary>
internal static class SourceArticles
{
    /// <summary>A harbour town: a director in apposition and later "the director", a title before a name, an anonymous
    /// group, a mayor who rejects concerns and criticises a ministry, a briefing, a denial.</summary>
    public const string Harbour = """
        The Saltmere port board on Monday approved a new ferry terminal.

        According to the port's operations director, Ines Varga, dredging will start in May and last about a year.

        Councillor Tomas Brecht said the terminal was badly needed. "Fishermen have asked for this for a decade," Brecht said. He added that the board would apply for federal grants.

        Several shop owners feared that the works would scare away tourists. Mayor Lena Ostrow rejected those fears on Thursday. She said the quay would stay open all summer.

        Varga said the board would publish the timetable at a briefing in April. The director added that the budget was settled.

        Ostrow criticized the ministry for slow permits, and Brecht denied that the contract had been rushed.
        """;

    /// <summary>A company spokesman who plays something down with a participle, and a minister criticised in the passive.</summary>
    public const string Refinery = """
        Officials in Dunmore questioned a refinery's safety record this week.

        A Korvane Oil spokesman downplayed the leak, calling it a minor fault in an old valve.

        The plan was condemned by Environment Minister Aldo Ferretti. Ferretti said at a regular news conference that the company must publish its inspection reports.
        """;

    public static ArticleFacts Facts(string body) => FactExtractor.Extract(ArticleLoader.Parse("Title\n\n" + body, "test.txt"));
}
