using Bot.Core.Answering.Typing;

namespace Bot.Core.Tests.Answering.Typing;

public sealed class AnswerTypeClassifierTests
{
    [Theory]
    [InlineData("when did the council vote on the budget", AnswerType.Date)]
    [InlineData("wehn was the bridge reopened", AnswerType.Date)]
    [InlineData("What year did the factory close?", AnswerType.Date)]
    [InlineData("since when has the mayor been in office", AnswerType.Date)]
    [InlineData("how many years ago did the flood happen", AnswerType.Date)]
    [InlineData("how long did the strike last", AnswerType.Duration)]
    [InlineData("for how long was the road closed", AnswerType.Duration)]
    [InlineData("how many months will the repairs take", AnswerType.Duration)]
    [InlineData("how much did the city pay for the stadium", AnswerType.Money)]
    [InlineData("how mcuh does a ticket cost", AnswerType.Money)]
    [InlineData("what did the new school cost", AnswerType.Money)]
    [InlineData("What did the port authority pay for the ferry?", AnswerType.Money)]
    [InlineData("what's the name of the nurse who treated him", AnswerType.Person)]
    [InlineData("whats the mayor's last name", AnswerType.Person)]
    [InlineData("what is the name of the newspaper that broke the story", AnswerType.Organisation)]
    [InlineData("which airports will close their towers", AnswerType.Place)]
    [InlineData("which counties voted for the levy", AnswerType.Place)]
    [InlineData("how old is the mayor", AnswerType.Measure)]
    [InlineData("what is the budget for the programme", AnswerType.Money)]
    [InlineData("what percentage of voters backed the plan", AnswerType.Percent)]
    [InlineData("what share of the market does the firm hold", AnswerType.Percent)]
    [InlineData("what proportion of pupils passed", AnswerType.Percent)]
    [InlineData("how big was the fund's stake in the mine", AnswerType.Percent)]
    [InlineData("what was her winning time in the relay", AnswerType.Duration)]
    [InlineData("what is his best mile time", AnswerType.Duration)]
    [InlineData("how many people were evacuated", AnswerType.Count)]
    [InlineData("how mnay homes lost power", AnswerType.Count)]
    [InlineData("how tall is the new tower", AnswerType.Measure)]
    [InlineData("how far did the storm travel", AnswerType.Measure)]
    [InlineData("how many miles of track were laid", AnswerType.Measure)]
    [InlineData("who signed the agreement", AnswerType.Person)]
    [InlineData("who said the plan was reckless", AnswerType.Person)]
    [InlineData("which company won the contract", AnswerType.Organisation)]
    [InlineData("which organisation ran the survey", AnswerType.Organisation)]
    [InlineData("wich newspaper broke the story", AnswerType.Organisation)]
    [InlineData("who is Maria Lopez", AnswerType.Description)]
    [InlineData("what is the minister's job", AnswerType.Description)]
    [InlineData("where did the summit take place", AnswerType.Place)]
    [InlineData("in which city was the plant built", AnswerType.Place)]
    [InlineData("wher is the company based", AnswerType.Place)]
    [InlineData("why did the talks collapse", AnswerType.Reason)]
    [InlineData("for what reason was the match cancelled", AnswerType.Reason)]
    [InlineData("what caused the outage", AnswerType.Reason)]
    [InlineData("how come the vote was delayed", AnswerType.Reason)]
    [InlineData("did the board approve the merger", AnswerType.YesNo)]
    [InlineData("Is the airport still closed?", AnswerType.YesNo)]
    [InlineData("will the mayor run again", AnswerType.YesNo)]
    [InlineData("what did the coach say about the referee", AnswerType.Quote)]
    [InlineData("how did the minister describe the deal", AnswerType.Quote)]
    [InlineData("what were the senator's words", AnswerType.Quote)]
    [InlineData("according to whom is the dam unsafe", AnswerType.Source)]
    [InlineData("where does the claim about the deficit come from", AnswerType.Source)]
    [InlineData("who is the source of the leak", AnswerType.Source)]
    [InlineData("what happened at the meeting", AnswerType.Any)]
    [InlineData("", AnswerType.Any)]
    public void Of_NamesTheKindOfAnswerAsked(string question, AnswerType expected) =>
        Assert.Equal(expected, AnswerTypeClassifier.Of(question));

    [Theory]
    [InlineData("who is the mayor of Leeds")]
    [InlineData("who is the firm's chief executive")]
    public void Of_WhoIsWithARoleAsksForAName(string question) =>
        Assert.Equal(AnswerType.Person, AnswerTypeClassifier.Of(question));

    [Fact]
    public void Of_WereIsNotMistakenForWhere() =>
        Assert.Equal(AnswerType.YesNo, AnswerTypeClassifier.Of("were the trains running on time"));
}
