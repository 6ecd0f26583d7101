using Bot.Core.Text;

namespace Bot.Core.Tests.Articles;

public sealed class SentenceSplitterTests
{
    // Sentences are separated by " | " in the expected column; the input is the sentences joined by one space.
    [Theory]
    [InlineData("The flu season is winding down. It has killed 105 children.", "The flu season is winding down. | It has killed 105 children.")]
    [InlineData("Six of the deaths were reported in the last week, said the CDC's Dr. Michael Jhung said Friday.", "Six of the deaths were reported in the last week, said the CDC's Dr. Michael Jhung said Friday.")]
    [InlineData("The apology eased strained feelings between Turkey and Israel, two vital U.S. allies in the Middle East.", "The apology eased strained feelings between Turkey and Israel, two vital U.S. allies in the Middle East.")]
    [InlineData("The company moved its headquarters to the U.S. The decision surprised analysts.", "The company moved its headquarters to the U.S. | The decision surprised analysts.")]
    [InlineData("Microsoft Corp. broke sales records in 2010 when it released its Kinect.", "Microsoft Corp. broke sales records in 2010 when it released its Kinect.")]
    [InlineData("The deal was signed by Apple Inc. The shares rose.", "The deal was signed by Apple Inc. | The shares rose.")]
    [InlineData("Mr. Netanyahu told Mr. Erdogan that it was unintentional. Mrs. Smith and Sen. Jones agreed.", "Mr. Netanyahu told Mr. Erdogan that it was unintentional. | Mrs. Smith and Sen. Jones agreed.")]
    [InlineData("President John F. Kennedy visited Berlin. J.K. Rowling wrote a book.", "President John F. Kennedy visited Berlin. | J.K. Rowling wrote a book.")]
    [InlineData("Growth slowed to 3.5 percent. Investors put in $1.2 billion.", "Growth slowed to 3.5 percent. | Investors put in $1.2 billion.")]
    [InlineData("Depositors contribute 5.8 billion euros ($7.5 billion) toward the bailout.", "Depositors contribute 5.8 billion euros ($7.5 billion) toward the bailout.")]
    [InlineData("He called the decision \"incoherent\" and \"unjust.\" The lawyer said he would appeal.", "He called the decision \"incoherent\" and \"unjust.\" | The lawyer said he would appeal.")]
    [InlineData("\"When there were dramas, there was a split problem. Do you take part in the urgency - or do you record it?\" he said.", "\"When there were dramas, there was a split problem. | Do you take part in the urgency - or do you record it?\" he said.")]
    [InlineData("Is it safe? Nobody knows! The tests continue.", "Is it safe? | Nobody knows! | The tests continue.")]
    [InlineData("He explored the 20th Century... yet remained a humble man. He died at 89.", "He explored the 20th Century... yet remained a humble man. | He died at 89.")]
    [InlineData("The talks stalled... The envoy left.", "The talks stalled... | The envoy left.")]
    [InlineData("The report came out on Friday (July 29). Bloomberg reported it first.", "The report came out on Friday (July 29). | Bloomberg reported it first.")]
    [InlineData("He was fined. (The amount was not disclosed.) He paid.", "He was fined. | (The amount was not disclosed.) | He paid.")]
    [InlineData("Roughly 100 children die each season. 348 children died in 2009.", "Roughly 100 children die each season. | 348 children died in 2009.")]
    [InlineData("The vote is set for Jan. 5 in St. Louis. No. 2 on the list is Gov. Brown.", "The vote is set for Jan. 5 in St. Louis. | No. 2 on the list is Gov. Brown.")]
    [InlineData("Fruit, nuts, etc. are sold here. Prices vary, e.g. by season, i.e. by supply.", "Fruit, nuts, etc. are sold here. | Prices vary, e.g. by season, i.e. by supply.")]
    [InlineData("It was Roe vs. Wade that mattered. The court ruled at 10 a.m. Friday.", "It was Roe vs. Wade that mattered. | The court ruled at 10 a.m. Friday.")]
    [InlineData("Zhao said: \"I might want to exhort legislators. Such remarks cannot solve problems.\"", "Zhao said: \"I might want to exhort legislators. | Such remarks cannot solve problems.\"")]
    [InlineData("‘It is over,’ she said. “We lost.” Then she left.", "‘It is over,’ she said. | “We lost.” | Then she left.")]
    [InlineData("Shares of Acme Ltd. fell. Its rival, Bolt Co. Ltd., rose.", "Shares of Acme Ltd. fell. | Its rival, Bolt Co. Ltd., rose.")]
    [InlineData("\"Why not?\" Sen. David Vitter demanded. The banker said nothing.", "\"Why not?\" Sen. David Vitter demanded. | The banker said nothing.")]
    [InlineData("\"Are we safe?\" The question hung in the air.", "\"Are we safe?\" | The question hung in the air.")]
    [InlineData("”Mr. Trump embodies the legacy,” she wrote.", "”Mr. Trump embodies the legacy,” she wrote.")]
    [InlineData("Prices rose… Then they fell. Wow!? Really.", "Prices rose… | Then they fell. | Wow!? | Really.")]
    [InlineData("\"Stop!\" he shouted. Nobody did.", "\"Stop!\" he shouted. | Nobody did.")]
    [InlineData("Growth hit 2.6 times GDP (a record). 2013 was worse.", "Growth hit 2.6 times GDP (a record). | 2013 was worse.")]
    [InlineData("No punctuation at the end", "No punctuation at the end")]
    public void Split_FindsSentenceBoundaries(string text, string expected)
    {
        var sentences = SentenceSplitter.Split(text).Select(s => text.Substring(s.Start, s.Length));

        Assert.Equal(expected.Split(" | "), sentences);
    }

    [Theory]
    [InlineData("  First sentence here.   Second one.  \n")]
    [InlineData("\n\tOne line\nwrapped. Next line.\r\n")]
    public void Split_SpansExcludeSurroundingWhitespace(string text)
    {
        var spans = SentenceSplitter.Split(text);

        Assert.Equal(2, spans.Count);
        Assert.All(spans, s =>
        {
            Assert.False(char.IsWhiteSpace(text[s.Start]));
            Assert.False(char.IsWhiteSpace(text[s.Start + s.Length - 1]));
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    public void Split_ReturnsNothingForBlankText(string text) => Assert.Empty(SentenceSplitter.Split(text));
}
