using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using NSec.Cryptography;

namespace Bot.Host.Tests.Adapters;

public sealed class DiscordThroughHostTests : IAsyncLifetime
{
    private readonly Key key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
    private AdapterHost host = null!;

    public async Task InitializeAsync()
    {
        var publicKey = Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        host = await AdapterHost.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:PublicKey"] = publicKey,
            ["Discord:ApplicationId"] = "123456789012345678",
            ["Discord:RegisterCommands"] = "false",
            ["Discord:Gateway"] = "false",
        });
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        key.Dispose();
    }

    [Fact]
    public async Task SignedWhoCommand_IsAnsweredFromTheShippedArticleWithCitationAndNoPings()
    {
        var body = """
            {"type":2,"id":"1","application_id":"123456789012345678","token":"tok","version":1,
             "data":{"id":"2","name":"who","type":1,"options":[{"name":"person","type":3,"value":"Zhao Lijian"}]},
             "channel_id":"3","member":{"user":{"id":"4","username":"u"}}}
            """;

        using var response = await PostSignedAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = json.RootElement;
        Assert.Equal(4, reply.GetProperty("type").GetInt32());
        Assert.Contains("I might want to exhort", reply.GetProperty("data").ToString(), StringComparison.Ordinal);
        Assert.Empty(reply.GetProperty("data").GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
    }

    [Fact]
    public async Task BadSignature_Gets401_AndTheHostStaysHealthy()
    {
        using var content = new StringContent("""{"type":1}""", Encoding.UTF8, "application/json");
        content.Headers.Add("X-Signature-Ed25519", new string('0', 128));
        content.Headers.Add("X-Signature-Timestamp", DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

        using var refused = await host.Client.PostAsync(new Uri("/discord/interactions", UriKind.Relative), content);
        using var health = await host.Client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var ping = await PostSignedAsync("""{"type":1}""");

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("""{"type":1}""", (await ping.Content.ReadAsStringAsync()).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> PostSignedAsync(string body)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + body));
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        content.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        content.Headers.Add("X-Signature-Timestamp", timestamp);
        return await host.Client.PostAsync(new Uri("/discord/interactions", UriKind.Relative), content);
    }
}
