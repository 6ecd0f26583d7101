using Bot.Core.Extraction.Sourcing;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Sourcing;

public sealed class SourceClassifierTests
{
    [Theory]
    [InlineData("a poll", "", SourceKind.Survey)]
    [InlineData("the study", "", SourceKind.Survey)]
    [InlineData("the tapes", "", SourceKind.Recording)]
    [InlineData("a leaked report", "", SourceKind.Report)]
    [InlineData("internal documents", "", SourceKind.Document)]
    [InlineData("the emails", "", SourceKind.Document)]
    [InlineData("a company spokeswoman", "", SourceKind.Spokesperson)]
    [InlineData("officials", "", SourceKind.Official)]
    [InlineData("the ministry", "", SourceKind.Official)]
    [InlineData("City Daily", "local news website", SourceKind.Outlet)]
    [InlineData("Jane Smith", "British Foreign Secretary", SourceKind.Official)]
    [InlineData("several employees", "", SourceKind.Group)]
    [InlineData("Acme", "a video-sharing app", SourceKind.Organization)]
    [InlineData("Jane Smith", "", SourceKind.Person)]
    public void Classify_ReadsKindFromNameThenDescription(string name, string description, SourceKind expected) =>
        Assert.Equal(expected, SourceClassifier.Classify(name, description, null, ["said"]));

    [Fact]
    public void Classify_TakesANamedReporterAsAnOutlet() =>
        Assert.Equal(SourceKind.Outlet, SourceClassifier.Classify("Daily Planet", string.Empty, null, ["reported"]));

    [Fact]
    public void Classify_FallsBackOnTheEntityKind() =>
        Assert.Equal(SourceKind.Person, SourceClassifier.Classify("Acme", string.Empty, new Entity("Acme", EntityKind.Person, [], [], []), ["said"]));
}
