namespace Bot.Discord.Gateway;

/// <summary>One gateway connection's socket; small enough that tests can script a whole session.</summary>
internal interface IGatewayTransport : IAsyncDisposable
{
    Task ConnectAsync(Uri uri, CancellationToken cancellationToken = default);

    /// <summary>Sends one text message; callers never send concurrently.</summary>
    Task SendAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>The next whole message, or the close frame that ended the connection.</summary>
    Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken = default);

    Task CloseAsync(int code, CancellationToken cancellationToken = default);
}
