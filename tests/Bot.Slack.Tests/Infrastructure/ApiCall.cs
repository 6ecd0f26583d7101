using System.Text.Json;

namespace Bot.Slack.Tests.Infrastructure;

/// <summary>One request the bot made to the fake Slack: the method ("chat.postMessage", or "response/{id}").</summary>
internal sealed record ApiCall(string Method, string? Authorization, string Body, int Status)
{
    public long ReceivedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? Field(string name) =>
        Json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
