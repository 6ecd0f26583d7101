using Bot.Core.Articles;
using Bot.Core.Extraction;

namespace Bot.Core.Tests.Extraction.Entities;

/// <summary>A title before a name is the person's description, never part of a second entity.</summary>
public class TitleTests
{
    [Theory]
    [InlineData("Councilwoman Tessa Marchetti", "Councilwoman")]
    [InlineData("Councilman Ivo Brasch", "Councilman")]
    [InlineData("Mayor Lotte Vandermeer", "Mayor")]
    [InlineData("Sen. Harlan Mosely", "Sen.")]
    [InlineData("Senator Harlan Mosely", "Senator")]
    [InlineData("Gov. Petra Lindqvist", "Gov.")]
    [InlineData("Governor Petra Lindqvist", "Governor")]
    [InlineData("Rep. Abel Moncrief", "Rep.")]
    [InlineData("Representative Abel Moncrief", "Representative")]
    [InlineData("President Odile Ferrante", "President")]
    [InlineData("Judge Calla Wexford", "Judge")]
    [InlineData("Minister Teodor Halme", "Minister")]
    [InlineData("Chief Rowan Achterberg", "Chief")]
    [InlineData("Gen. Basil Quarrington", "Gen.")]
    [InlineData("spokeswoman Ida Brandvold", "spokeswoman")]
    [InlineData("spokesman Ivo Brasch", "spokesman")]
    [InlineData("director Omar Quist", "director")]
    public void Extract_JoinsTitledNameAndSurnameIntoOneEntityDescribedByTheTitle(string titled, string title)
    {
        var name = titled[(titled.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        var surname = name[(name.LastIndexOf(' ') + 1)..];
        var extraction = TestArticles.Extract($"On Monday {titled} opened the hearing on the harbour.", $"Later {surname} said the budget was tight.");

        var entity = extraction.Require(name);
        Assert.Equal(name, entity.Name);
        Assert.Contains(title, entity.Descriptions);
        Assert.Contains(surname, entity.Aliases);
        Assert.Equal(2, entity.Citations.Count);
        Assert.DoesNotContain(extraction.Entities, e => e.Name.StartsWith(title + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_GivesStatementsOfTitledNameAndSurnameOneSpeaker()
    {
        var article = ArticleLoader.Parse(
            "Harbour vote\n\nCouncilwoman Tessa Marchetti said the dredging was late. \"We asked twice,\" Marchetti said.", "test.txt");
        var entities = EntityExtractor.Extract(article).Entities;

        var statements = StatementExtractor.Extract(article, entities);

        Assert.Equal(2, statements.Count);
        Assert.All(statements, s => Assert.Equal("Tessa Marchetti", s.Speaker));
    }
}
