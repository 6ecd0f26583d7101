using Bot.Core.Answering;

namespace Bot.Core.Tests.Answering;

public sealed class QuestionClassifierTests
{
    [Theory]
    [InlineData("Who is Zhao Lijian?", "WhoIs", "Zhao Lijian")]
    [InlineData("who's the mayor", "WhoIs", "the mayor")]
    [InlineData("What is Kanter's role?", "WhoIs", "Kanter")]
    [InlineData("What did Zhao Lijian say about Truss?", "WhatSaid", "Zhao Lijian")]
    [InlineData("What did the survey find?", "WhatSaid", "the survey")]
    [InlineData("Who said coordinated inauthentic behavior?", "WhoSaid", "coordinated inauthentic behavior")]
    [InlineData("Who criticized the remarks?", "WhoSaid", "criticized the remarks")]
    [InlineData("When did Bloomberg publish its report?", "When", "")]
    [InlineData("In what year did Cyprus adopt the euro?", "When", "")]
    [InlineData("Where is ByteDance based?", "Where", "")]
    [InlineData("Which countries does she cover?", "Where", "")]
    [InlineData("How many meetings were recorded?", "Quantity", "")]
    [InlineData("What share of Americans support a ban?", "Quantity", "")]
    [InlineData("Up to how much are deposits insured?", "Quantity", "")]
    [InlineData("Why did the agency want hidden accounts?", "Why", "")]
    [InlineData("How has TikTok tried to calm users?", "Why", "")]
    [InlineData("Is TikTok banned?", "YesNo", "")]
    [InlineData("What is the source of the claim that data stays in the US?", "SourceOf", "the claim that data stays in the US")]
    [InlineData("How does the article know about the request?", "SourceOf", "about the request")]
    [InlineData("According to whom did engineers have access?", "SourceOf", "did engineers have access")]
    [InlineData("What is ByteDance?", "General", "ByteDance")]
    [InlineData("Tell me about the survey", "General", "")]
    public void Classify_RecognisesWhatIsAsked(string question, string kind, string subject)
    {
        var classified = QuestionClassifier.Classify(question);

        Assert.Equal(kind, classified.Kind.ToString());
        Assert.Equal(subject, classified.Subject);
    }
}
