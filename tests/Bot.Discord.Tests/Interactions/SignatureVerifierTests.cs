using System.Text;
using Bot.Discord.Interactions;
using Bot.Discord.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using NSec.Cryptography;

namespace Bot.Discord.Tests.Interactions;

public sealed class SignatureVerifierTests
{
    // RFC 8032 section 7.1, TEST 1 to TEST 3: secret key, public key, message, signature (hex).
    public static TheoryData<string, string, string, string> Rfc8032Vectors => new()
    {
        {
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        },
        {
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        },
        {
            "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        },
    };

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 28, 12, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void VerifyRaw_AcceptsRfc8032Vector(string secret, string publicKey, string message, string signature)
    {
        var key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKey), KeyBlobFormat.RawPublicKey);

        Assert.True(SignatureVerifier.VerifyRaw(key, signature, [], Convert.FromHexString(message)));
        Assert.True(SignatureVerifier.VerifyRaw(key, signature.ToUpperInvariant(), [], Convert.FromHexString(message)));
        _ = secret;
    }

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void NSec_DerivesTheRfc8032KeyAndSignature(string secret, string publicKey, string message, string signature)
    {
        using var key = Key.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(secret), KeyBlobFormat.RawPrivateKey);

        Assert.Equal(publicKey, Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)));
        Assert.Equal(signature, Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Convert.FromHexString(message))));
    }

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void VerifyRaw_RejectsRfc8032VectorWithOneBitFlipped(string secret, string publicKey, string message, string signature)
    {
        var key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKey), KeyBlobFormat.RawPublicKey);
        var flipped = Convert.FromHexString(signature);
        flipped[10] ^= 0x01;

        Assert.False(SignatureVerifier.VerifyRaw(key, Convert.ToHexString(flipped), [], Convert.FromHexString(message)));
        Assert.False(SignatureVerifier.VerifyRaw(key, signature, [], [.. Convert.FromHexString(message), 0x00]));
        _ = secret;
    }

    [Fact]
    public void Verify_AcceptsRequestSignedWithTheApplicationKey()
    {
        using var signer = new TestSigner();
        var verifier = new SignatureVerifier(signer.PublicKeyHex, Clock);
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        var timestamp = TestSigner.Timestamp(Clock.GetUtcNow());

        Assert.True(verifier.Verify(signer.Sign(timestamp, body), timestamp, body));
    }

    [Fact]
    public void Verify_RejectsTamperedBody()
    {
        using var signer = new TestSigner();
        var verifier = new SignatureVerifier(signer.PublicKeyHex, Clock);
        var timestamp = TestSigner.Timestamp(Clock.GetUtcNow());
        var signature = signer.Sign(timestamp, Encoding.UTF8.GetBytes("""{"type":1}"""));

        Assert.False(verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes("""{"type":2}""")));
    }

    [Fact]
    public void Verify_RejectsTamperedTimestamp()
    {
        using var signer = new TestSigner();
        var verifier = new SignatureVerifier(signer.PublicKeyHex, Clock);
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        var timestamp = Clock.GetUtcNow().ToUnixTimeSeconds();
        var signature = signer.Sign(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture), body);

        Assert.False(verifier.Verify(signature, (timestamp + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), body));
    }

    [Fact]
    public void Verify_RejectsSignatureFromAnotherKey()
    {
        using var signer = new TestSigner();
        using var stranger = new TestSigner();
        var verifier = new SignatureVerifier(signer.PublicKeyHex, Clock);
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        var timestamp = TestSigner.Timestamp(Clock.GetUtcNow());

        Assert.False(verifier.Verify(stranger.Sign(timestamp, body), timestamp, body));
    }

    [Theory]
    [InlineData(null, "1764331200")]
    [InlineData("", "1764331200")]
    [InlineData("VALID", null)]
    [InlineData("VALID", "")]
    [InlineData("VALID", "not-a-number")]
    [InlineData("zz", "1764331200")]
    [InlineData("abcd", "1764331200")]
    public void Verify_RejectsMissingOrMalformedHeaders(string? signature, string? timestamp)
    {
        using var signer = new TestSigner();
        var verifier = new SignatureVerifier(signer.PublicKeyHex, Clock);
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        var valid = signer.Sign(TestSigner.Timestamp(Clock.GetUtcNow()), body);

        Assert.False(verifier.Verify(signature == "VALID" ? valid : signature, timestamp, body));
    }

    [Fact]
    public void Verify_RejectsSignatureWithNonHexCharacters()
    {
        using var signer = new TestSigner();
        var verifier = new SignatureVerifier(signer.PublicKeyHex, Clock);
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        var timestamp = TestSigner.Timestamp(Clock.GetUtcNow());
        var signature = signer.Sign(timestamp, body);

        Assert.False(verifier.Verify(string.Concat("g", signature.AsSpan(1)), timestamp, body));
    }

    [Fact]
    public void Verify_RejectsTimestampOlderThanFiveMinutes()
    {
        using var signer = new TestSigner();
        var verifier = new SignatureVerifier(signer.PublicKeyHex, Clock);
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        var stale = TestSigner.Timestamp(Clock.GetUtcNow() - TimeSpan.FromMinutes(6));

        Assert.False(verifier.Verify(signer.Sign(stale, body), stale, body));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not hex at all")]
    [InlineData("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511")]
    public void Verify_FailsClosedWithoutAUsableKey(string? publicKey)
    {
        using var signer = new TestSigner();
        var verifier = new SignatureVerifier(publicKey, Clock);
        var body = Encoding.UTF8.GetBytes("""{"type":1}""");
        var timestamp = TestSigner.Timestamp(Clock.GetUtcNow());

        Assert.False(verifier.IsConfigured);
        Assert.False(verifier.Verify(signer.Sign(timestamp, body), timestamp, body));
    }
}
