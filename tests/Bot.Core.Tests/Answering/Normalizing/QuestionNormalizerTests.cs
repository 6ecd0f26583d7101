using Bot.Core.Answering.Normalizing;

namespace Bot.Core.Tests.Answering.Normalizing;

public sealed class QuestionNormalizerTests
{
    private static readonly ArticleVocabulary Vocabulary = ArticleVocabulary.FromText(
    [
        "The council criticized the plan for the new flood wall, the mayor's office said on Tuesday.",
        "Construction will take about 18 months and cost $40 million, according to the city's defense of the program.",
        "Councilman Dev Ramirez rejected the proposal, and the company agreed to pay for the survey.",
        "Mary Hale, his wife, will say more this week; she did not want a tell-all.",
    ]);

    [Theory]
    [InlineData("@everyone who criticised the plan?", "who criticized the plan?")]
    [InlineData("<!channel> how long will construction take", "how long will construction take")]
    [InlineData("<!here|here> who is Dev Ramirez", "who is Dev Ramirez")]
    [InlineData("<@U024BE7LH> what did the mayor's office say", "what did the mayor's office say")]
    [InlineData("<@123456789012345678> @here who rejected the proposal", "who rejected the proposal")]
    [InlineData("<@!123456789012345678>, who rejected the proposal", ", who rejected the proposal")]
    public void Normalize_RemovesMentionsAndBroadcastTokens(string question, string expected) =>
        Assert.Equal(expected, QuestionNormalizer.Normalize(question, Vocabulary).Text);

    [Theory]
    [InlineData("who criticised the plan", "who criticized the plan")]
    [InlineData("what was the defence of the programme", "what was the defense of the program")]
    [InlineData("wher is the flood wall", "where is the flood wall")]
    [InlineData("waht did the council say", "what did the council say")]
    [InlineData("how mnay months will constrcution take", "how many months will construction take")]
    [InlineData("Who is Dev Ramrez", "Who is Dev Ramirez")]
    [InlineData("wich company agreed to pay", "which company agreed to pay")]
    [InlineData("dose the council agree", "does the council agree")] // a real word, but two letters of "does" swapped
    [InlineData("wehn will ther be a survey", "when will there be a survey")]
    public void Normalize_MendsBritishSpellingsAndTyposTowardsTheArticle(string question, string expected) =>
        Assert.Equal(expected, QuestionNormalizer.Normalize(question, Vocabulary).Text);

    [Theory]
    [InlineData("did the company agree to pay")] // "agree" meets "agreed" by its stem
    [InlineData("how many people live in Boston")] // words the article lacks stay as written
    [InlineData("who sued the council")] // "sued" is a word of its own, not a slip of "used"
    [InlineData("when did Hale marry Mary")] // one edit from the article's "Mary", but a word of its own
    [InlineData("what day was the survey")] // not "say"
    [InlineData("how tall is the flood wall")] // not "tell"
    [InlineData("when did the mayor die")] // not "did"
    public void Normalize_LeavesWordsThatNeedNoMending(string question) =>
        Assert.Equal(question, QuestionNormalizer.Normalize(question, Vocabulary).Text);

    [Theory]
    [InlineData("¿Quién es el alcalde de la ciudad?")]
    [InlineData("Qui a dit que le mur est trop cher ?")]
    [InlineData("Wer hat das gesagt und wann?")]
    [InlineData("市长是谁？")]
    [InlineData("¿Quién desarrolló TikTok?")]
    [InlineData("quién construyó el muro")]
    public void Normalize_NoticesAQuestionInAnotherLanguage(string question) =>
        Assert.True(QuestionNormalizer.Normalize(question, Vocabulary).NotEnglish);

    [Theory]
    [InlineData("Who is José Ramírez?")]
    [InlineData("What did Le Pen say about the plan?")]
    [InlineData("Who is José de la Cruz?")]
    public void Normalize_TakesAnEnglishQuestionWithForeignNamesAsEnglish(string question) =>
        Assert.False(QuestionNormalizer.Normalize(question, Vocabulary).NotEnglish);
}
