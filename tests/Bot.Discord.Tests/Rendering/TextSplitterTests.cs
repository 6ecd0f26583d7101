using Bot.Discord.Rendering;

namespace Bot.Discord.Tests.Rendering;

public sealed class TextSplitterTests
{
    [Theory]
    [InlineData("short text", 20, new[] { "short text" })]
    [InlineData("first line\nsecond line", 15, new[] { "first line", "second line" })]
    [InlineData("One sentence here. Another one follows.", 25, new[] { "One sentence here.", "Another one follows." })]
    [InlineData("words words words words", 12, new[] { "words words", "words words" })]
    [InlineData("abcdefghijklmnop", 6, new[] { "abcdef", "ghijkl", "mnop" })]
    [InlineData("", 10, new string[0])]
    public void Split_CutsAtTheCleanestPlace(string text, int max, string[] expected) =>
        Assert.Equal(expected, TextSplitter.Split(text, max));

    [Fact]
    public void Split_KeepsEveryWordAndStaysUnderTheLimit()
    {
        var text = string.Join(' ', Enumerable.Range(0, 3000).Select(i => "word" + i));

        var pieces = TextSplitter.Split(text, 4096);

        Assert.All(pieces, p => Assert.True(p.Length <= 4096));
        Assert.Equal(text, string.Join(' ', pieces));
    }
}
