using Bot.Discord.Gateway;
using Bot.Discord.Json;

namespace Bot.Discord.Tests.Gateway;

public sealed class MentionTextTests
{
    private const string Bot = "1100000000000000001";

    [Theory]
    [InlineData("<@1100000000000000001> who is Zhao?", "who is Zhao?")]
    [InlineData("<@!1100000000000000001> who is Zhao?", "who is Zhao?")]
    [InlineData("hey <@1100000000000000001>, when was it published?", "hey , when was it published?")]
    [InlineData("<@1100000000000000001>: /who Zhao", "/who Zhao")]
    [InlineData("<@1100000000000000001>", "")]
    [InlineData("ask <@222> about <@1100000000000000001> it", "ask <@222> about it")]
    public void StripBotMention_RemovesOnlyTheBotsMention(string content, string expected) =>
        Assert.Equal(expected, MentionText.StripBotMention(content, Bot));

    [Theory]
    [InlineData("<@1100000000000000001> hi", false, true)]
    [InlineData("<@!1100000000000000001> hi", false, true)]
    [InlineData("no mention at all", true, true)]
    [InlineData("no mention at all", false, false)]
    [InlineData("<@222> someone else", false, false)]
    public void MentionsBot_ChecksMentionsListAndContent(string content, bool inMentions, bool expected)
    {
        var message = new DiscordMessage("1", "2", new DiscordUser("3"), content, inMentions ? [new DiscordUser(Bot)] : []);

        Assert.Equal(expected, MentionText.MentionsBot(message, Bot));
    }
}
