using Bot.Core.Answering;
using Bot.Core.Extraction.Attribution;
using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class VerbLexiconTests
{
    // A verb the table does not have, so every rule that finds it must have read the added row.
    private static readonly VerbLexicon WithGrumble = VerbLexicon.With(
        new VerbRow("grumble", VerbProperty.Cue | VerbProperty.AskedWho | VerbProperty.AskedWhat));

    private const string Sentence = "The mayor grumbled that the budget was too small.";

    [Fact]
    public void Table_HasEachLemmaOnceAndEveryRowDoesSomething()
    {
        var rows = VerbLexicon.Default.Rows.ToList();

        Assert.Equal(rows.Count, rows.Select(r => r.Lemma).Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(rows, r => r.Properties == VerbProperty.None);
    }

    [Fact]
    public void AttributionFinder_FindsAVerbAddedToTheTable()
    {
        var a = Assert.Single(AttributionFinder.Find(Sentence, WithGrumble));

        Assert.Equal("The mayor", a.Source.Of(Sentence));
        Assert.Equal("grumbled", a.Cue.Of(Sentence));
        Assert.Equal("that the budget was too small", a.Content[0].Of(Sentence));
    }

    [Fact]
    public void AttributionFinder_WithoutTheRow_DoesNotKnowTheVerb() =>
        Assert.Empty(AttributionFinder.Find(Sentence));

    [Theory]
    [InlineData("Who grumbled about the budget?", "WhoSaid", "grumbled about the budget")]
    [InlineData("What did the mayor grumble about?", "WhatSaid", "the mayor")]
    public void QuestionClassifier_UnderstandsAVerbAddedToTheTable(string question, string kind, string subject)
    {
        var classified = QuestionClassifier.Classify(question, WithGrumble);

        Assert.Equal(kind, classified.Kind.ToString());
        Assert.Equal(subject, classified.Subject);
    }

    [Fact]
    public void QuestionClassifier_WithoutTheRow_DoesNotKnowTheVerb() =>
        Assert.Equal(QuestionKind.General, QuestionClassifier.Classify("Who grumbled about the budget?").Kind);

    [Fact]
    public void NounSafeForms_KeepPresentFormsOnlyOfVerbsMarkedPresent()
    {
        var forms = VerbLexicon.Default.NounSafeForms(VerbProperty.NamesSpeaker).ToHashSet();

        Assert.Contains("says", forms);
        Assert.Contains("stated", forms);
        Assert.DoesNotContain("states", forms);
    }
}
