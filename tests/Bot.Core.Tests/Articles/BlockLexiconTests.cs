using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class BlockLexiconTests
{
    [Theory]
    [InlineData("Post a Comment")]
    [InlineData("Leave a comment")]
    [InlineData("View 12 comments")]
    [InlineData("Comments (12)")]
    [InlineData("Share this")]
    [InlineData("Share on Facebook")]
    [InlineData("Share this article on WhatsApp")]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Subscribe to our newsletter")]
    [InlineData("Sign up for our daily newsletter")]
    [InlineData("Get the latest headlines in our newsletter")]
    [InlineData("Read more")]
    [InlineData("Related Articles")]
    [InlineData("You may also like")]
    [InlineData("Click here to read the full report")]
    [InlineData("Follow us on Twitter and Instagram")]
    [InlineData("© 2022 Example Media. All rights reserved.")]
    [InlineData("Copyright 2021 The Daily News")]
    [InlineData("By Jane Doe")]
    [InlineData("By Jane Doe and John O'Brien")]
    [InlineData("(Reporting by John Smith in London; additional reporting by Ann Lee in Paris; Editing by Mary Jones and Peter Graff)")]
    public void IsBoilerplate_RecognisesPageFurniture(string text) =>
        Assert.True(BlockLexicon.IsBoilerplate(text, BlockClassifier.CountWords(text)));

    [Theory]
    [InlineData("Shares of Acme fell 5%.")]
    [InlineData("Share prices rose on Monday.")]
    [InlineData("Popular support for the plan fell.")]
    [InlineData("Subscribers pay $10 a month, the company said.")]
    [InlineData("Its share on the market rose to 12%.")]
    [InlineData("Related parties were fined.")]
    [InlineData("By Friday, the group had left.")]
    [InlineData("Comment was not immediately available.")]
    [InlineData("Sign-up numbers rose sharply.")]
    [InlineData("The newsletter industry is growing, analysts say.")]
    [InlineData("Interested In Setting Up An Account On TikTok")]
    public void IsBoilerplate_LeavesNewsSentencesAlone(string text) =>
        Assert.False(BlockLexicon.IsBoilerplate(text, BlockClassifier.CountWords(text)));

    [Theory]
    [InlineData("Photo: John Smith")]
    [InlineData("Image caption Flood water in the town centre")]
    [InlineData("Protesters gather outside parliament. (AP Photo/Jane Doe)")]
    [InlineData("A man walks past the bank in London. John Smith/Reuters")]
    [InlineData("The old harbour at dawn. Getty Images")]
    [InlineData("Workers at the plant. Photo by Jane Doe")]
    [InlineData("Getty/Instagram.")]
    public void IsCaption_RecognisesPictureCaptionsAndCredits(string text) =>
        Assert.True(BlockLexicon.IsCaption(text, BlockClassifier.CountWords(text)));

    [Theory]
    [InlineData("The photo was taken in 2019, police said.")]
    [InlineData("Reuters reported the deal on Monday.")]
    [InlineData("The image of the city has suffered, the mayor said.")]
    public void IsCaption_LeavesNewsSentencesAlone(string text) =>
        Assert.False(BlockLexicon.IsCaption(text, BlockClassifier.CountWords(text)));
}
