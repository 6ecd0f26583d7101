using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Bot.Slack.Security;

/// <summary>Slack's v0 request signing: HMAC-SHA256 over "v0:{timestamp}:{raw body}".</summary>
internal static class SlackSignatureVerifier
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string Prefix = "v0=";

    public static SignatureCheck Verify(
        string? signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(signingSecret))
            return SignatureCheck.NoSecretConfigured;
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
            return SignatureCheck.MissingHeaders;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return SignatureCheck.MissingHeaders;

        // Outside the window (either way) the request may be a replay; refuse before doing any crypto.
        var age = now.ToUnixTimeSeconds() - seconds;
        if (age > Window.TotalSeconds || age < -Window.TotalSeconds)
            return SignatureCheck.Stale;

        if (!signature.StartsWith(Prefix, StringComparison.Ordinal) || signature.Length != Prefix.Length + 64)
            return SignatureCheck.Mismatch;
        Span<byte> given = stackalloc byte[32];
        if (Convert.FromHexString(signature.AsSpan(Prefix.Length), given, out _, out var written) != System.Buffers.OperationStatus.Done
            || written != 32)
            return SignatureCheck.Mismatch;

        var expected = Compute(signingSecret, timestamp, body);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The signature header value Slack would send ("v0=" and 64 hex digits).</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(Compute(signingSecret, timestamp, body));

    private static byte[] Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        var header = Encoding.UTF8.GetBytes("v0:" + timestamp + ":");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(signingSecret));
        hmac.AppendData(header);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
