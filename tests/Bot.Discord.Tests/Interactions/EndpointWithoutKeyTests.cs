using System.Net;
using System.Text;
using Bot.Discord.Tests.Fakes;

namespace Bot.Discord.Tests.Interactions;

public sealed class EndpointWithoutKeyTests
{
    [Fact]
    public async Task NoPublicKey_RefusesEverythingEvenAValidlySignedPing()
    {
        using var signer = new TestSigner();
        await using var host = await DiscordTestHost.StartAsync(new Dictionary<string, string?>
        {
            // A token so that AddDiscord registers the adapter at all; no public key is the point.
            ["Discord:BotToken"] = "token",
            ["Discord:Gateway"] = "false",
            ["Discord:RegisterCommands"] = "false",
        }, new FakeAnswerer());
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        var timestamp = TestSigner.Timestamp(DateTimeOffset.UtcNow);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Signature-Ed25519", signer.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("Discord:PublicKey is not configured", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadSettings_FailTheHostAtStartWithAClearMessage()
    {
        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            DiscordTestHost.StartAsync(new Dictionary<string, string?> { ["Discord:PublicKey"] = "nothex", ["Discord:ShardId"] = "3" }, new FakeAnswerer()));

        Assert.Contains("Discord:PublicKey must be", error.Message, StringComparison.Ordinal);
        Assert.Contains("Discord:ShardId must be", error.Message, StringComparison.Ordinal);
    }
}
