using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Entities;

public class EntityKindTests
{
    [Theory]
    [InlineData("The letter went to Elizabeth Kanter last year.", "Elizabeth Kanter", EntityKind.Person)]
    [InlineData("Ms. Varga declined to comment.", "Varga", EntityKind.Person)]
    [InlineData("Chinese Foreign Ministry spokesman Zhao Lijian spoke on Monday.", "Zhao Lijian", EntityKind.Person)]
    [InlineData("British Foreign Secretary Truss spoke on Monday.", "Truss", EntityKind.Person)]
    [InlineData("She met her rival Sunak twice.", "Sunak", EntityKind.Person)]
    [InlineData("Wen Jiabao said the air was bad.", "Wen Jiabao", EntityKind.Person)]
    [InlineData("The fund was run by Halvorsen, who retired in May.", "Halvorsen", EntityKind.Person)]
    [InlineData("Critics quoted Okafor's remarks at length.", "Okafor", EntityKind.Person)]
    [InlineData("Aides to the Brandt campaign left.", "Brandt", EntityKind.Person)]
    [InlineData("The poll was run by Trafalgar Group in May.", "Trafalgar Group", EntityKind.Organization)]
    [InlineData("He called the Chinese Embassy twice.", "Chinese Embassy", EntityKind.Organization)]
    [InlineData("The report came from US news website BuzzFeed.", "BuzzFeed", EntityKind.Organization)]
    [InlineData("It was released by US financial media outlet Bloomberg.", "Bloomberg", EntityKind.Organization)]
    [InlineData("The app is owned by Beijing-based technology company ByteDance.", "ByteDance", EntityKind.Organization)]
    [InlineData("He studied at the Ieseg School of Management for years.", "Ieseg School of Management", EntityKind.Organization)]
    [InlineData("Three Zentro employees quit.", "Zentro", EntityKind.Organization)]
    [InlineData("Data centers in Singapore were used.", "Singapore", EntityKind.Place)]
    [InlineData("It was a Beijing-based startup.", "Beijing", EntityKind.Place)]
    [InlineData("Rules in the UK changed.", "UK", EntityKind.Place)]
    [InlineData("They swam at Jones Beach on Sunday.", "Jones Beach", EntityKind.Place)]
    [InlineData("Most Americans support the ban.", "Americans", EntityKind.Group)]
    [InlineData("Senate Republicans split with their party.", "Senate Republicans", EntityKind.Group)]
    public void Extract_GivesKind(string sentence, string name, EntityKind kind) =>
        Assert.Equal(kind, TestArticles.Extract(sentence).Require(name).Kind);

    [Fact]
    public void Extract_TakesSubjectReferredToAsHeForPerson()
    {
        var article = Bot.Core.Articles.ArticleLoader.Parse("Title\n\nMarlowe spoke first at the rally. He said the plan would work.", "test.txt");

        Assert.Equal(EntityKind.Person, Bot.Core.Extraction.EntityExtractor.Extract(article).Require("Marlowe").Kind);
    }
}
