namespace Bot.Slack.SocketMode;

/// <summary>One received WebSocket message: text, or the peer closing (a close is a value, not an exception).</summary>
internal readonly record struct SocketFrame(string? Text, bool IsClose, string? CloseDescription = null)
{
    public static SocketFrame Message(string text) => new(text, false);

    public static SocketFrame Closed(string? description = null) => new(null, true, description);
}
