using Bot.Core.Answering.Typing;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering.Typing;

public sealed class AnswerPhrasesTests
{
    [Theory]
    [InlineData("The council approved the plan on Tuesday after a long debate.", "Tuesday")]
    [InlineData("The bridge reopened on March 3, 2021, two years late.", "March 3, 2021")]
    [InlineData("Shares fell sharply last week, traders said.", "last week")]
    [InlineData("The company was founded in 1998 by two students.", "1998")]
    public void In_FindsDates(string sentence, string expected) =>
        Assert.Contains(expected, Texts(sentence, AnswerType.Date));

    [Theory]
    [InlineData("The repairs took about 18 months to finish.", "about 18 months")]
    [InlineData("She has led the charity for two decades.", "two decades")]
    [InlineData("He served three years in the navy before joining the firm.", "three years")]
    [InlineData("The plant has been idle for a decade.", "a decade")]
    public void In_FindsDurations(string sentence, string expected) =>
        Assert.Contains(expected, Texts(sentence, AnswerType.Duration));

    [Theory]
    [InlineData("The city will spend $40 million on new buses.", "$40 million")]
    [InlineData("The deal is worth 40 million dollars, the company said.", "40 million dollars")]
    [InlineData("The bank raised €3bn from investors.", "€3bn")]
    [InlineData("The ministry set aside £2.5 billion for flood defences.", "£2.5 billion")]
    [InlineData("Total debt reached US$ 1.2 trillion last year.", "US$ 1.2 trillion")]
    [InlineData("Each family will receive 5,000 yuan in aid.", "5,000 yuan")]
    public void In_FindsMoney(string sentence, string expected) =>
        Assert.Contains(expected, Texts(sentence, AnswerType.Money));

    [Theory]
    [InlineData("Turnout rose to 12% in the northern districts.", "12%")]
    [InlineData("Prices climbed 12 percent over the year.", "12 percent")]
    [InlineData("Unemployment fell by 0.4 per cent in May.", "0.4 per cent")]
    [InlineData("The governor leads by 5 percentage points in the latest survey.", "5 percentage points")]
    public void In_FindsPercentages(string sentence, string expected) =>
        Assert.Contains(expected, Texts(sentence, AnswerType.Percent));

    [Theory]
    [InlineData("Police said 300 people had gathered outside the hall.", "300 people")]
    [InlineData("More than a dozen witnesses came forward.", "More than a dozen witnesses")]
    [InlineData("The fire destroyed forty-two homes.", "forty-two homes")]
    public void In_FindsCounts(string sentence, string expected) =>
        Assert.Contains(expected, Texts(sentence, AnswerType.Count));

    [Theory]
    [InlineData("At one of his first meetings, he backed the plan.")]
    [InlineData("It is a war, and one he has waged for years.")]
    [InlineData("It was only one of his first meetings.")]
    public void In_AOneThatStandsForAThing_IsNoCount(string sentence) =>
        Assert.Empty(Texts(sentence, AnswerType.Count));

    [Fact]
    public void In_AOneThatCounts_IsACount() =>
        Assert.Contains("only one adviser", Texts("He took only one adviser to the talks.", AnswerType.Count));

    [Fact]
    public void In_CountsLeaveDatesMoneyAndPercentagesAlone()
    {
        var counts = Texts("On March 3, 2021, the firm paid $5 million to 12 percent of its 400 staff.", AnswerType.Count);

        Assert.Equal(["400 staff"], counts);
    }

    [Theory]
    [InlineData("The tower rises 310 meters above the harbour.", "310 meters")]
    [InlineData("Crews cleared 12 km of road overnight.", "12 km")]
    [InlineData("The ship carries 2,000 tonnes of grain.", "2,000 tonnes")]
    [InlineData("The estate covers 500 acres of farmland.", "500 acres")]
    [InlineData("Temperatures reached 41 degrees on Sunday.", "41 degrees")]
    [InlineData("The driver, a 52-year-old man, was unhurt.", "52-year-old")]
    [InlineData("Okafor, 61, has run the clinic since 2005.", "61")]
    [InlineData("Brandt, 40 ― a nurse who sang in the choir ― was hurt.", "40")]
    public void In_FindsMeasures(string sentence, string expected) =>
        Assert.Contains(expected, Texts(sentence, AnswerType.Measure));

    [Fact]
    public void In_KindsNamesByCueWords()
    {
        const string sentence = "The decision by the Ministry of Transport angered Maria Lopez, who lives in Porto.";

        Assert.Equal(["Ministry of Transport"], Texts(sentence, AnswerType.Organisation));
        Assert.Equal(["Maria Lopez"], Texts(sentence, AnswerType.Person));
        Assert.Equal(["Porto"], Texts(sentence, AnswerType.Place));
    }

    [Fact]
    public void In_KindsNamesByTheArticlesEntities()
    {
        Entity[] entities = [new("Halvorsen", EntityKind.Organization, [], [], [])];

        var organisations = Texts("Shares in Halvorsen jumped after the report.", AnswerType.Organisation, entities);

        Assert.Equal(["Halvorsen"], organisations);
    }

    [Fact]
    public void In_TakesThePlaceBeforeBased() =>
        Assert.Contains("Lisbon", Texts("The app was built by a Lisbon-based start-up.", AnswerType.Place));

    [Theory]
    [InlineData("She grew up in Dunmore, Pa., and moved away at 18.", "Dunmore, Pa.")]
    [InlineData("The summit was held in Tartu, Estonia, last spring.", "Tartu, Estonia")]
    [InlineData("He ran a bakery in Carrow Falls, N.C. for a decade.", "Carrow Falls, N.C.")]
    public void In_JoinsATownToItsStateOrCountry(string sentence, string expected) =>
        Assert.Contains(expected, Texts(sentence, AnswerType.Place));

    [Fact]
    public void In_JoinsATownTheArticleKnowsAsAPerson_ToItsState()
    {
        Entity[] entities = [new("Lena Hollis", EntityKind.Person, [], [], [])];

        var places = Texts("She works as a nurse in Lena Hollis, Wis.", AnswerType.Place, entities);

        Assert.Equal(["Lena Hollis, Wis."], places);
    }

    [Fact]
    public void In_KeepsAListOfPlacesApart()
    {
        Entity[] states = [.. new[] { "Ohio", "Florida", "Nevada" }.Select(s => new Entity(s, EntityKind.Place, [], [], []))];

        var places = Texts("Rallies were held in Ohio, Florida and Nevada.", AnswerType.Place, states);

        Assert.Equal(["Ohio", "Florida", "Nevada"], places);
    }

    [Theory]
    [InlineData("The drill simulated a landing on the Danish island of Varnholm.", "Varnholm")]
    [InlineData("Voters queued in the small port town of Kessel Bay before dawn.", "Kessel Bay")]
    [InlineData("The debate took place at Marlow University on Monday.", "Marlow University")]
    [InlineData("The talks were held at the Fernhill estate outside the capital.", "Fernhill")]
    [InlineData("Doctors sent him to Ashby Memorial Hospital for tests.", "Ashby Memorial Hospital")]
    public void In_TakesAVenueOrAPlaceNamedByItsNoun(string sentence, string expected) =>
        Assert.Contains(expected, Texts(sentence, AnswerType.Place));

    [Fact]
    public void In_APossessorBeforeAPlaceNoun_IsNoPlace() =>
        Assert.DoesNotContain("Maria Lopez", Texts("Maria Lopez's headquarters were searched.", AnswerType.Place));

    [Theory]
    [InlineData("The match was called off because the pitch was flooded.", "the pitch was flooded")]
    [InlineData("Flights were cancelled due to heavy fog over the airport.", "heavy fog over the airport")]
    [InlineData("The school closed early so that staff could attend the funeral.", "staff could attend the funeral")]
    public void In_FindsTheReasonAfterItsCue(string sentence, string expected) =>
        Assert.Contains(expected, Texts(sentence, AnswerType.Reason));

    [Theory]
    [InlineData("\"We will not back down,\" the union leader said.", "We will not back down")]
    [InlineData("She called the ruling “a victory for common sense” on Monday.", "a victory for common sense")]
    public void In_FindsQuotations(string sentence, string expected) =>
        Assert.Contains(expected, Texts(sentence, AnswerType.Quote));

    [Fact]
    public void In_FindsDescriptionsInAppositivesAndTitles()
    {
        var descriptions = Texts("Maria Lopez, the city's chief planner, spoke to council spokesman Tom Hale.", AnswerType.Description);

        Assert.Contains("the city's chief planner", descriptions);
        Assert.Contains(descriptions, d => d.EndsWith("spokesman", StringComparison.Ordinal));
    }

    [Fact]
    public void In_FindsTheSourceAfterAccordingTo() =>
        Assert.Contains("the national weather agency", Texts("Rain will continue until Friday, according to the national weather agency.", AnswerType.Source));

    [Fact]
    public void In_FindsNothingOfATypeTheSentenceLacks() =>
        Assert.Empty(AnswerPhrases.In("The mayor thanked the volunteers.", AnswerType.Money));

    [Fact]
    public void In_GivesOffsetsIntoTheSentence()
    {
        const string sentence = "The city will spend $40 million on new buses.";

        var phrase = Assert.Single(AnswerPhrases.In(sentence, AnswerType.Money));

        Assert.Equal(phrase.Text, sentence.Substring(phrase.Start, phrase.Length));
    }

    [Theory]
    [InlineData("When the president of Malta admitted the fund was short, Maltese banks fell.", AnswerType.Person)]
    [InlineData("The Canadian company sold its first machine two years ago.", AnswerType.Place)]
    [InlineData("Analysts expect Chinese government agencies to open more accounts.", AnswerType.Organisation)]
    public void In_ANationalityBeforeANoun_IsNoName(string sentence, AnswerType type) =>
        Assert.Empty(Texts(sentence, type));

    [Fact]
    public void In_ANameEndingLikeANationality_BeforeAVerbOfSaying_StaysAName() =>
        Assert.Contains("Brian", Texts("Later that day Brian said the offer was fair.", AnswerType.Person, [new Entity("Brian", EntityKind.Person, [], [], [])]));

    private static List<string> Texts(string sentence, AnswerType type, IReadOnlyList<Entity>? entities = null) =>
        [.. AnswerPhrases.In(sentence, type, entities).Select(p => p.Text)];
}
