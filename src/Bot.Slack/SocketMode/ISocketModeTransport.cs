namespace Bot.Slack.SocketMode;

/// <summary>The WebSocket under a Socket Mode session, small enough for tests to script.</summary>
internal interface ISocketModeTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken = default);

    Task SendAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>The next whole text message, or a close frame when the socket ends.</summary>
    Task<SocketFrame> ReceiveAsync(CancellationToken cancellationToken = default);

    Task CloseAsync(CancellationToken cancellationToken = default);
}
