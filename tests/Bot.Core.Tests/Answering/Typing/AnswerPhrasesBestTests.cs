using Bot.Core.Answering.Typing;

namespace Bot.Core.Tests.Answering.Typing;

public sealed class AnswerPhrasesBestTests
{
    [Theory]
    [InlineData("The city paid $3 million for the land and $12 million for the stadium itself.", "how much did the stadium cost", "$12 million")]
    [InlineData("The city paid $3 million for the land and $12 million for the stadium itself.", "how much was paid for the land", "$3 million")]
    [InlineData("Turnout was 61% in the north, while in the south only 48% voted.", "what was turnout in the south", "only 48%")]
    [InlineData("The vote, first planned for Tuesday, was postponed and finally held on Thursday.", "when was the vote held", "Thursday")]
    [InlineData("Police arrested 12 people and injured 3 officers.", "how many officers were injured", "3 officers")]
    public void Best_ChoosesThePhraseNextToTheQuestionsWords(string sentence, string question, string expected)
    {
        var type = AnswerTypeClassifier.Of(question);

        Assert.Equal(expected, AnswerPhrases.Best(sentence, type, question)?.Text);
    }

    [Fact]
    public void Best_SkipsAPhraseTheQuestionAlreadyHolds()
    {
        const string sentence = "The vote on Tuesday was postponed until Friday.";

        var best = AnswerPhrases.Best(sentence, AnswerType.Date, "when did the vote happen on tuesday");

        Assert.Equal("Friday", best?.Text);
    }

    [Fact]
    public void Tie_APlaceTheQuestionNamesByItsAdjective_OnlyEchoesIt()
    {
        const string sentence = "The office opened in China last year.";
        const string question = "which chinese city has the office";
        var china = AnswerPhrases.Best(sentence, AnswerType.Place, question);

        Assert.Equal("China", china?.Text);
        Assert.True(PhraseChooser.Tie(sentence, china!, question).Echo);
    }

    [Fact]
    public void Best_NeverOffersAContractedPronounAsAName() =>
        Assert.NotEqual("I’m", AnswerPhrases.Best("He cares nothing about us.” ― Pamela Padilla\n“I’m so ashamed to be an American.", AnswerType.Place, "where does pamela padilla live")?.Text);

    [Fact]
    public void Best_NamesTheSpeakerOfTheQuotedClaim()
    {
        const string sentence = "Maria Lopez praised the plan, but Tom Hale called it reckless.";

        var best = AnswerPhrases.Best(sentence, AnswerType.Person, "who called the plan reckless");

        Assert.Equal("Tom Hale", best?.Text);
    }

    [Fact]
    public void Best_IsNullWhenTheSentenceHasNoPhraseOfTheType() =>
        Assert.Null(AnswerPhrases.Best("The mayor thanked the volunteers.", AnswerType.Percent, "what share of volunteers came back"));

    [Fact]
    public void Best_IsNullForYesNoQuestions() =>
        Assert.Null(AnswerPhrases.Best("The board approved the merger.", AnswerType.YesNo, "did the board approve the merger"));

    // A nationality or party word describes the people it stands before; it is no name for "who" or "which".
    [Theory]
    [InlineData("In a widely read column, two Democratic speechwriters urged her to bring the line back.", AnswerType.Person, "which two speechwriters wrote the column")]
    [InlineData("The Republican nominee has wondered whether the moderators will be fair.", AnswerType.Person, "who will moderate the debate")]
    [InlineData("Investors bought an early machine from the Canadian company two years ago.", AnswerType.Organisation, "which firm sold the first machine")]
    public void Best_IsNullWhenTheOnlyCapitalisedWordDescribesANoun(string sentence, AnswerType type, string question) =>
        Assert.Null(AnswerPhrases.Best(sentence, type, question));
}
