namespace Bot.Core.Tests.Extraction.Entities;

/// <summary>A role set off by commas before or after a name describes that name.</summary>
public class AppositiveRoleTests
{
    [Theory]
    [InlineData("According to the town's water inspector, Mira Castellan, the pipes will be replaced in May.", "Mira Castellan", "the town's water inspector")]
    [InlineData("The museum's director, Otto Weiland, said the exhibit would open in spring.", "Otto Weiland", "the museum's director")]
    [InlineData("Its lead architect, Sunniva Holt, said the roof was safe.", "Sunniva Holt", "its lead architect")]
    [InlineData("Otto Weiland, the museum's director, said the exhibit would open in spring.", "Otto Weiland", "the museum's director")]
    [InlineData("The plan was drawn up by a county planner, Edda Korsgaard.", "Edda Korsgaard", "a county planner")]
    public void Extract_ReadsRoleAppositiveAroundName(string sentence, string name, string description) =>
        Assert.Contains(description, TestArticles.Extract(sentence).Require(name).Descriptions);

    [Fact]
    public void Extract_MakesNoUnnamedSpeakerOfARoleThatNamesItsPerson()
    {
        var extraction = TestArticles.Extract("According to the town's water inspector, Mira Castellan, the pipes will be replaced in May.");

        Assert.DoesNotContain(extraction.Entities, e => e.Generic);
    }

    [Fact]
    public void Extract_KeepsUnnamedSpeakerWhenNoNameIsSetOffAfterIt()
    {
        var extraction = TestArticles.Extract("According to an official, Eastport would reply within a week.");

        Assert.NotNull(extraction.Generic("an official"));
        Assert.Empty(extraction.Require("Eastport").Descriptions);
    }

    [Theory]
    [InlineData("The talks included the mayor, Jo Linde, and the harbour master.", "Jo Linde")]
    [InlineData("Officials in the valley, Brenner Falls among them, objected.", "Brenner Falls")]
    public void Extract_ReadsNoRoleFromListOrPlainComma(string sentence, string name) =>
        Assert.Empty(TestArticles.Extract(sentence).Require(name).Descriptions);
}
