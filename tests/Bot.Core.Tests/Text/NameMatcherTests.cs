using Bot.Core.Facts;
using Bot.Core.Text;

namespace Bot.Core.Tests.Text;

public class NameMatcherTests
{
    private static readonly Entity Kanter = new("Elizabeth Kanter", EntityKind.Person, ["Kantor"], [], []);
    private static readonly Entity TikTok = new("TikTok", EntityKind.Organization, [], [], []);
    private static readonly Entity Zhao = new("Zhao Lijian", EntityKind.Person, [], [], []);

    [Theory]
    [InlineData("Truss's", "truss")]
    [InlineData("the Netherlands", "netherlands")]
    [InlineData("  Zhao   Lijian ", "zhao lijian")]
    [InlineData("Gonzàlez", "gonzalez")]
    [InlineData("Users'", "users")]
    public void Normalize_FoldsCaseAccentsArticleAndPossessive(string name, string expected) =>
        Assert.Equal(expected, NameMatcher.Normalize(name));

    [Theory]
    [InlineData("elizabeth kanter", "Elizabeth Kanter")]
    [InlineData("Kanter", "Elizabeth Kanter")]
    [InlineData("Kantor", "Elizabeth Kanter")]
    [InlineData("kanterr", "Elizabeth Kanter")]
    [InlineData("tiktok", "TikTok")]
    [InlineData("Tik Tok", "TikTok")]
    [InlineData("zhao", "Zhao Lijian")]
    [InlineData("Zhao's", "Zhao Lijian")]
    public void FindBest_FindsEntityDespiteCaseSurnameAndMisspelling(string query, string expected) =>
        Assert.Equal(expected, NameMatcher.FindBest(query, [Kanter, TikTok, Zhao])?.Name);

    [Theory]
    [InlineData("Bloomberg")]
    [InlineData("Li")]
    [InlineData("")]
    public void FindBest_ReturnsNullForUnknownName(string query) =>
        Assert.Null(NameMatcher.FindBest(query, [Kanter, TikTok, Zhao]));

    [Theory]
    [InlineData("Kanter", "Kantor", 1)]
    [InlineData("U.S.", "US", 1)]
    [InlineData("TikTok", "tiktok", 0)]
    public void Distance_CountsEditsBetweenNormalisedForms(string a, string b, int expected) =>
        Assert.Equal(expected, NameMatcher.Distance(a, b));
}
