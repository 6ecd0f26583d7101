using Bot.Discord.Rest;

namespace Bot.Discord.Tests.Rest;

public sealed class DiscordRouteTests
{
    [Theory]
    [InlineData("POST", "http://h/api/v10/channels/123/messages", "POST channels/123/messages", "POST channels/:id/messages", false)]
    [InlineData("PUT", "http://h/api/v10/applications/55/commands", "PUT applications/:id/commands", "PUT applications/:id/commands", false)]
    [InlineData("PATCH", "http://h/api/v10/webhooks/55/aW50ZXJhY3Rpb24/messages/@original", "PATCH webhooks/55/aW50ZXJhY3Rpb24/messages/@original", "PATCH webhooks/:id/:token/messages/@original", true)]
    [InlineData("POST", "http://h/api/v10/interactions/77/aW50ZXJhY3Rpb24/callback", "POST interactions/:id/:token/callback", "POST interactions/:id/:token/callback", true)]
    [InlineData("GET", "http://h/api/v10/gateway/bot", "GET gateway/bot", "GET gateway/bot", false)]
    public void From_KeepsMajorParameterAndHidesTokens(string method, string uri, string key, string template, bool interaction)
    {
        var route = DiscordRoute.From(new HttpMethod(method), new Uri(uri));

        Assert.Equal(key, route.Key);
        Assert.Equal(template, route.Template);
        Assert.Equal(interaction, route.IsInteraction);
        Assert.DoesNotContain("aW50ZXJhY3Rpb24", route.Template, StringComparison.Ordinal);
    }
}
