namespace Bot.Core.Tests.Extraction.Entities;

/// <summary>"The economist" after "the port's chief economist, Lars Petrov" refers back to him.</summary>
public class DefiniteDescriptionTests
{
    [Theory]
    [InlineData("the economist")]
    [InlineData("the chief economist")]
    public void Extract_JoinsDefiniteDescriptionToThePersonWithThatRole(string phrase)
    {
        var extraction = TestArticles.Extract(
            "According to the port's chief economist, Lars Petrov, cargo will fall this year.",
            $"{char.ToUpperInvariant(phrase[0])}{phrase[1..]} added that prices were stable.");

        var petrov = extraction.Require("Lars Petrov");
        Assert.Contains(phrase, petrov.Aliases);
        Assert.Equal([1, 2], petrov.Citations.Select(c => c.Paragraph));
        Assert.DoesNotContain(extraction.Entities, e => e.Generic);
    }

    [Fact]
    public void Extract_JoinsTheTitleNounToTheTitledPerson()
    {
        var extraction = TestArticles.Extract("Mayor Ines Galvao opened the ferry terminal.", "Two weeks later the mayor closed it again.");

        var galvao = extraction.Require("Ines Galvao");
        Assert.Contains("the mayor", galvao.Aliases);
        Assert.Equal(2, galvao.Citations.Count);
    }

    [Fact]
    public void Extract_LeavesTheDescriptionAloneWhenTwoPeopleShareTheRole()
    {
        var extraction = TestArticles.Extract(
            "Mayor Ines Galvao met Mayor Bruno Aalto at the ferry terminal.",
            "Afterwards the mayor closed it again.");

        Assert.DoesNotContain(extraction.Entities, e => e.Aliases.Contains("the mayor"));
        Assert.Single(extraction.Require("Ines Galvao").Citations);
    }

    [Theory]
    [InlineData("The former economist added that prices were stable.")]
    [InlineData("The economist of the union added that prices were stable.")]
    [InlineData("An economist added that prices were stable.")]
    public void Extract_DoesNotJoinADescriptionThatMayMeanSomeoneElse(string second)
    {
        var extraction = TestArticles.Extract("According to the port's chief economist, Lars Petrov, cargo will fall this year.", second);

        var petrov = extraction.Require("Lars Petrov");
        Assert.Single(petrov.Citations);
        Assert.DoesNotContain(petrov.Aliases, a => a.Contains("economist", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_DoesNotJoinADescriptionBeforeTheNameIsGiven()
    {
        var extraction = TestArticles.Extract("The economist was late.", "Later the port's chief economist, Lars Petrov, spoke.");

        Assert.Single(extraction.Require("Lars Petrov").Citations);
    }
}
