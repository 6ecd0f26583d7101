using Bot.Discord.Rendering;

namespace Bot.Discord.Tests.Rendering;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("*bold* and _italic_", "\\*bold\\* and \\_italic\\_")]
    [InlineData("~~gone~~ `code` ||spoiler||", "\\~\\~gone\\~\\~ \\`code\\` \\|\\|spoiler\\|\\|")]
    [InlineData("> quoted", "\\> quoted")]
    [InlineData("# Heading", "\\# Heading")]
    [InlineData("- item", "\\- item")]
    [InlineData("a well-known fact", "a well-known fact")]
    [InlineData("[click](https://x.test)", "\\[click\\](https://x.test)")]
    [InlineData("back\\slash", "back\\\\slash")]
    [InlineData("<@123> and <#456>", "\\<@123\\> and \\<\\#456\\>")]
    public void Escape_MakesMarkdownLiteral(string text, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(text));

    [Theory]
    [InlineData("hello @everyone", "hello @\u200beveryone")]
    [InlineData("@here now", "@\u200bhere now")]
    public void Escape_DefusesEveryoneAndHere(string text, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(text));

    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("exactly10!", 10, "exactly10!")]
    [InlineData("this is too long", 10, "this is t…")]
    [InlineData("abcdefgh\\*xyz", 10, "abcdefgh…")]
    public void Truncate_KeepsWithinLimitWithEllipsis(string text, int max, string expected)
    {
        var truncated = DiscordMarkdown.Truncate(text, max);

        Assert.Equal(expected, truncated);
        Assert.True(truncated.Length <= max);
    }

    [Fact]
    public void Truncate_NeverSplitsASurrogatePair()
    {
        var text = "abcdefgh" + "😀" + "tail";

        var truncated = DiscordMarkdown.Truncate(text, 10);

        Assert.True(truncated.Length <= 10);
        Assert.False(char.IsHighSurrogate(truncated[^2]));
    }
}
