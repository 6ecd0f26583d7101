using System.Globalization;
using System.Text;
using NSec.Cryptography;

namespace Bot.Discord.Interactions;

/// <summary>
/// Checks Discord's Ed25519 signature over timestamp + raw body. Fails closed: no key, a malformed header or a
/// stale timestamp is a failed check, never an exception.
/// </summary>
internal sealed class SignatureVerifier
{
    internal static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    private readonly PublicKey? _key;
    private readonly TimeProvider _time;

    public SignatureVerifier(string? publicKeyHex, TimeProvider time)
    {
        _time = time;
        if (TryDecodeHex(publicKeyHex, 32, out var raw)
            && PublicKey.TryImport(Algorithm, raw, KeyBlobFormat.RawPublicKey, out var key))
            _key = key;
    }

    public bool IsConfigured => _key is not null;

    /// <summary>Verifies a Discord request: the signature, and a timestamp within five minutes of now.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (_key is null || string.IsNullOrEmpty(timestamp) || timestamp.Length > 20
            || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return false;
        var age = _time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(seconds, 0, 253402300799));
        if (age.Duration() > MaxClockSkew)
            return false;
        return VerifyRaw(_key, signatureHex, Encoding.ASCII.GetBytes(timestamp), body);
    }

    /// <summary>Plain Ed25519 verification of <paramref name="prefix"/> followed by <paramref name="message"/>.</summary>
    internal static bool VerifyRaw(PublicKey key, string? signatureHex, ReadOnlySpan<byte> prefix, ReadOnlySpan<byte> message)
    {
        if (!TryDecodeHex(signatureHex, Algorithm.SignatureSize, out var signature))
            return false;
        var data = new byte[prefix.Length + message.Length];
        prefix.CopyTo(data);
        message.CopyTo(data.AsSpan(prefix.Length));
        return Algorithm.Verify(key, data, signature);
    }

    internal static bool TryDecodeHex(string? hex, int bytes, out byte[] value)
    {
        value = [];
        if (hex is null || hex.Length != bytes * 2 || !hex.All(char.IsAsciiHexDigit))
            return false;
        value = Convert.FromHexString(hex);
        return true;
    }
}
