using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Host.Tests.Replicas;

/// <summary>Slack requests signed the way Slack signs them (v0 HMAC-SHA256 over timestamp and body).</summary>
internal static class SignedSlack
{
    public const string Secret = "replica-signing-secret";

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body, string mediaType)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), Encoding.UTF8.GetBytes($"v0:{ts}:{body}"));
        using var content = new StringContent(body, Encoding.UTF8, mediaType);
        content.Headers.ContentType!.CharSet = null;
        content.Headers.Add("X-Slack-Request-Timestamp", ts);
        content.Headers.Add("X-Slack-Signature", "v0=" + Convert.ToHexStringLower(mac));
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    public static string Mention(string eventId, string user, string channel, string ts) =>
        $$$"""{"type":"event_callback","team_id":"T1","event_id":"{{{eventId}}}","event":{"type":"app_mention","user":"{{{user}}}","text":"<@UBOT> about","channel":"{{{channel}}}","ts":"{{{ts}}}"}}""";

    public static string SlashCommand(string user, string channel, string text) =>
        $"team_id=T1&channel_id={channel}&user_id={user}&command=%2Farticle&text={Uri.EscapeDataString(text)}&response_url=http%3A%2F%2F127.0.0.1%3A9%2Fhook&trigger_id=1";
}
