using Bot.Core.Language;

namespace Bot.Core.Tests.Language;

public sealed class VerbFormsTests
{
    [Theory]
    [InlineData("admit", "admits", "admitted", "admitting")]
    [InlineData("plan", "plans", "planned", "planning")]
    [InlineData("quip", "quips", "quipped", "quipping")]
    [InlineData("prefer", "prefers", "preferred", "preferring")]
    [InlineData("visit", "visits", "visited", "visiting")]
    [InlineData("offer", "offers", "offered", "offering")]
    [InlineData("tweet", "tweets", "tweeted", "tweeting")]
    [InlineData("vow", "vows", "vowed", "vowing")]
    [InlineData("note", "notes", "noted", "noting")]
    [InlineData("agree", "agrees", "agreed", "agreeing")]
    [InlineData("lie", "lies", "lied", "lying")]
    [InlineData("deny", "denies", "denied", "denying")]
    [InlineData("testify", "testifies", "testified", "testifying")]
    [InlineData("downplay", "downplays", "downplayed", "downplaying")]
    [InlineData("stress", "stresses", "stressed", "stressing")]
    [InlineData("echo", "echoes", "echoed", "echoing")]
    [InlineData("point out", "points out", "pointed out", "pointing out")]
    public void Of_DerivesRegularForms(string lemma, string third, string past, string ing)
    {
        var forms = VerbForms.Of(new VerbRow(lemma, VerbProperty.Cue));

        Assert.Equal((lemma, third, past, past, ing), (forms.Base, forms.Third, forms.Past, forms.PastParticiple, forms.Ing));
    }

    [Theory]
    [InlineData("say", "said", "said")]
    [InlineData("tell", "told", "told")]
    [InlineData("think", "thought", "thought")]
    [InlineData("write", "wrote", "written")]
    [InlineData("show", "showed", "shown")]
    public void Of_TakesIrregularFormsFromTheRow(string lemma, string past, string participle)
    {
        var forms = VerbForms.Of(VerbLexicon.Default.Rows.Single(r => r.Lemma == lemma));

        Assert.Equal((past, participle), (forms.Past, forms.PastParticiple));
    }

    [Fact]
    public void Select_GivesEachDistinctFormOnce()
    {
        var forms = VerbForms.Of(new VerbRow("say", VerbProperty.Cue, "said"));

        Assert.Equal(["said"], forms.Select(VerbInflection.Past | VerbInflection.PastParticiple));
        Assert.Equal(["say", "says", "said"], forms.Select(VerbInflection.Finite));
    }

    [Theory]
    [InlineData("admitted", "admit")]
    [InlineData("denies", "deny")]
    [InlineData("warning", "warn")]
    public void Stem_MeetsTheLemmaStem(string form, string lemma) =>
        Assert.Equal(VerbLexicon.Stem(lemma), VerbLexicon.Stem(form));
}
