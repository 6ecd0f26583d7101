using Bot.Core.Articles;
using Bot.Core.Extraction;

namespace Bot.Core.Tests.Extraction.Attribution;

/// <summary>Pronouns and titles resolved to the speaker a reader would name, on articles written for these tests.</summary>
public sealed class SpeakerCoreferenceTests
{
    [Fact]
    public void She_skips_the_man_named_since_and_goes_to_the_woman_named_before()
    {
        var speakers = Speakers(
            "Quarry spokeswoman Lena Voss said the north pit would close in May.",
            "Councilman Piet Arendt said the closure was rushed. He added that forty jobs were at risk.",
            "She said the workers would move to the south pit.");

        Assert.Equal(["Lena Voss", "Piet Arendt", "Piet Arendt", "Lena Voss"], speakers);
    }

    [Fact]
    public void A_pronoun_teaches_the_speakers_gender_to_the_pronouns_after_it()
    {
        var speakers = Speakers(
            "Mina Okoro said the clinic would open on Saturdays.",
            "She added that the waiting list had halved.",
            "Dr. Jon Ekwe said the staff were exhausted.",
            "She said new nurses had been hired.");

        Assert.Equal("Mina Okoro", speakers[^1]);
    }

    [Theory]
    [InlineData("Councilwoman Rhea Tamsin said the levy was fair. Tamsin said it would be reviewed in 2027.")]
    [InlineData("Sheriff Rhea Tamsin said the levy was fair. Tamsin said it would be reviewed in 2027.")]
    public void A_title_before_a_name_gives_the_same_speaker_as_the_bare_surname(string body)
    {
        var entities = EntityExtractor.Extract(Article(body)).Entities;

        var speakers = StatementExtractor.Extract(Article(body), entities).Select(s => s.Speaker).Distinct().ToList();

        Assert.Equal(["Rhea Tamsin"], speakers);
    }

    private static List<string> Speakers(params string[] paragraphs)
    {
        var article = Article(string.Join("\n\n", paragraphs));
        return [.. StatementExtractor.Extract(article, EntityExtractor.Extract(article).Entities).Select(s => s.Speaker)];
    }

    private static ArticleDocument Article(string body) => ArticleLoader.Parse("Title\n\n" + body, "coreference.txt");
}
