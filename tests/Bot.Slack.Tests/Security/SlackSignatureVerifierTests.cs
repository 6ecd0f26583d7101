using System.Text;
using Bot.Slack.Security;
using Bot.Slack.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Tests.Security;

public class SlackSignatureVerifierTests
{
    // Slack's worked example (docs "Verifying requests from Slack"; PROTOCOLS.md S5).
    private const string ExampleSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string ExampleTimestamp = "1531420618";
    private const string ExampleSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly byte[] ExampleBody = Fixture.Bytes("slack-slash-command-body.txt");

    [Fact]
    public void Sign_ReproducesSlacksWorkedExample() =>
        Assert.Equal(ExampleSignature, SlackSignatureVerifier.Sign(ExampleSecret, ExampleTimestamp, ExampleBody));

    [Fact]
    public void Verify_AcceptsSlacksExampleAtItsOwnTimestamp()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(1531420618));
        var check = SlackSignatureVerifier.Verify(ExampleSecret, ExampleTimestamp, ExampleSignature, ExampleBody, clock.GetUtcNow());
        Assert.Equal(SignatureCheck.Valid, check);
    }

    [Fact]
    public void Verify_RefusesSlacksExampleAsReplayWithTheRealClock()
    {
        var check = SlackSignatureVerifier.Verify(ExampleSecret, ExampleTimestamp, ExampleSignature, ExampleBody, TimeProvider.System.GetUtcNow());
        Assert.Equal(SignatureCheck.Stale, check);
    }

    [Fact]
    public void Verify_AcceptsAFreshRequestSignedTheSameWay()
    {
        var now = TimeProvider.System.GetUtcNow();
        var timestamp = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = Encoding.UTF8.GetBytes("command=%2Farticle&text=who+Zhao+Lijian");
        var signature = SlackSignatureVerifier.Sign("fresh-secret", timestamp, body);

        Assert.Equal(SignatureCheck.Valid, SlackSignatureVerifier.Verify("fresh-secret", timestamp, signature, body, now));
    }

    [Theory]
    [InlineData(0, "Valid")]
    [InlineData(299, "Valid")]
    [InlineData(300, "Valid")]
    [InlineData(301, "Stale")]
    [InlineData(-301, "Stale")]
    [InlineData(-120, "Valid")]
    [InlineData(86_400, "Stale")]
    public void Verify_RefusesTimestampsOutsideFiveMinutes(int ageSeconds, string expected)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);
        var timestamp = (1_700_000_000 - ageSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var body = "a=b"u8.ToArray();
        var signature = SlackSignatureVerifier.Sign("s", timestamp, body);

        Assert.Equal(Enum.Parse<SignatureCheck>(expected), SlackSignatureVerifier.Verify("s", timestamp, signature, body, now));
    }

    [Theory]
    [InlineData(null, "1531420618", ExampleSignature, "NoSecretConfigured")]
    [InlineData("", "1531420618", ExampleSignature, "NoSecretConfigured")]
    [InlineData(ExampleSecret, null, ExampleSignature, "MissingHeaders")]
    [InlineData(ExampleSecret, "1531420618", null, "MissingHeaders")]
    [InlineData(ExampleSecret, "15314x0618", ExampleSignature, "MissingHeaders")]
    [InlineData("wrong-secret", "1531420618", ExampleSignature, "Mismatch")]
    [InlineData(ExampleSecret, "1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b504", "Mismatch")]
    [InlineData(ExampleSecret, "1531420618", "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", "Mismatch")]
    [InlineData(ExampleSecret, "1531420618", "v0=zz14d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", "Mismatch")]
    [InlineData(ExampleSecret, "1531420618", "v0=a2114d57", "Mismatch")]
    public void Verify_FailsClosed(string? secret, string? timestamp, string? signature, string expected)
    {
        var now = DateTimeOffset.FromUnixTimeSeconds(1531420618);
        Assert.Equal(Enum.Parse<SignatureCheck>(expected), SlackSignatureVerifier.Verify(secret, timestamp, signature, ExampleBody, now));
    }

    [Fact]
    public void Verify_RefusesABodyChangedAfterSigning()
    {
        var tampered = ExampleBody.ToArray();
        tampered[^1] ^= 1;
        var now = DateTimeOffset.FromUnixTimeSeconds(1531420618);
        Assert.Equal(SignatureCheck.Mismatch, SlackSignatureVerifier.Verify(ExampleSecret, ExampleTimestamp, ExampleSignature, tampered, now));
    }
}
