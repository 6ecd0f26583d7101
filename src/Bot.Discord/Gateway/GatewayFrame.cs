namespace Bot.Discord.Gateway;

/// <summary>What the socket gave us: a text message, or the close that ended the connection (a value, not an exception).</summary>
internal sealed record GatewayFrame(string? Text, int? CloseCode, string? CloseReason = null)
{
    public bool IsClose => Text is null;

    public static GatewayFrame Message(string text) => new(text, null);

    public static GatewayFrame Closed(int? code, string? reason = null) => new(null, code, reason);
}
