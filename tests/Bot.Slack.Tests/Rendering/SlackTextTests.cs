using Bot.Slack.Rendering;

namespace Bot.Slack.Tests.Rendering;

public class SlackTextTests
{
    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("<!channel>", "&lt;!channel&gt;")]
    [InlineData("<!here> and <!everyone>", "&lt;!here&gt; and &lt;!everyone&gt;")]
    [InlineData("<!subteam^S123|@team>", "&lt;!subteam^S123|@team&gt;")]
    [InlineData("<@U123>", "&lt;@U123&gt;")]
    [InlineData("<https://evil.example|click>", "&lt;https://evil.example|click&gt;")]
    [InlineData("AT&T", "AT&amp;T")]
    [InlineData("&lt;!channel&gt;", "&amp;lt;!channel&amp;gt;")]
    [InlineData("1 < 2 > 0", "1 &lt; 2 &gt; 0")]
    [InlineData("\"quotes\" and 'apostrophes' stay", "\"quotes\" and 'apostrophes' stay")]
    public void Escape_ReplacesOnlyAmpersandAndAngleBrackets(string input, string expected) =>
        Assert.Equal(expected, SlackText.Escape(input));

    [Theory]
    [InlineData("abc", 10, "abc")]
    [InlineData("abcdefghij", 5, "abcd…")]
    [InlineData("a&bcdef", 4, "a…")]
    [InlineData("ab<cdef", 6, "ab…")]
    [InlineData("ab<cdef", 7, "ab&lt;…")]
    public void EscapeTruncated_NeverCutsInsideAnEntity(string input, int max, string expected)
    {
        var result = SlackText.EscapeTruncated(input, max);
        Assert.Equal(expected, result);
        Assert.True(result.Length <= max);
    }

    [Fact]
    public void EscapeTruncated_KeepsSurrogatePairsWhole()
    {
        var result = SlackText.EscapeTruncated("ab😀cdef", 4);
        Assert.Equal("ab…", result);
    }

    [Theory]
    [InlineData("<@UBOT> who is Zhao Lijian?", "UBOT", "who is Zhao Lijian?")]
    [InlineData("<@UBOT|articlebot> timeline", "UBOT", "timeline")]
    [InlineData("hey <@UBOT>, when did it happen?", "UBOT", "hey , when did it happen?")]
    [InlineData("<@UBOT>", "UBOT", "")]
    [InlineData("<@U0LAN0Z89> is it everything a river should be?", null, "is it everything a river should be?")]
    [InlineData("<@UBOT> what did <@U999|alice> say", "UBOT", "what did @alice say")]
    [InlineData("<@UBOT> <!channel> sources", "UBOT", "sources")]
    [InlineData("<@UBOT> see <https://example.org/a|the article>", "UBOT", "see the article")]
    [InlineData("<@UBOT> see <https://example.org/a>", "UBOT", "see https://example.org/a")]
    [InlineData("<@UBOT> in <#C123|general>", "UBOT", "in #general")]
    [InlineData("AT&amp;T &lt;b&gt;", null, "AT&T <b>")]
    [InlineData("   ", "UBOT", "")]
    public void ToPlain_RemovesTheBotMentionAndDecodesMarkup(string input, string? botId, string expected) =>
        Assert.Equal(expected, SlackText.ToPlain(input, botId));
}
