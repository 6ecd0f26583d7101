using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace Bot.Discord.Gateway;

/// <summary>The real transport: a <see cref="ClientWebSocket"/> speaking uncompressed JSON text frames.</summary>
internal sealed class WebSocketGatewayTransport : IGatewayTransport
{
    internal const int MaxMessageBytes = 16 * 1024 * 1024;
    private readonly ClientWebSocket _socket = new();

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken = default) => _socket.ConnectAsync(uri, cancellationToken);

    public Task SendAsync(string text, CancellationToken cancellationToken = default) =>
        _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        while (true)
        {
            ValueWebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer.GetMemory(16 * 1024), cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException ex) when (ex.WebSocketErrorCode == WebSocketError.ConnectionClosedPrematurely)
            {
                return GatewayFrame.Closed(null, "connection closed without a close frame");
            }

            if (result.MessageType == WebSocketMessageType.Close)
            {
                var code = (int?)_socket.CloseStatus;
                await CompleteCloseAsync(cancellationToken).ConfigureAwait(false);
                return GatewayFrame.Closed(code, _socket.CloseStatusDescription);
            }
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
                throw new WebSocketException(WebSocketError.Faulted, "Gateway message larger than the limit.");
            if (result.EndOfMessage)
                return GatewayFrame.Message(Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    public async Task CloseAsync(int code, CancellationToken cancellationToken = default)
    {
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            await _socket.CloseOutputAsync((WebSocketCloseStatus)code, null, cancellationToken).ConfigureAwait(false);
    }

    // Echo the server's close (same code) so the handshake completes and neither side waits for it.
    private async Task CompleteCloseAsync(CancellationToken cancellationToken)
    {
        if (_socket.State != WebSocketState.CloseReceived)
            return;
        try
        {
            await _socket.CloseOutputAsync(_socket.CloseStatus ?? WebSocketCloseStatus.Empty, null, cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
            // The server already dropped the connection.
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        return ValueTask.CompletedTask;
    }
}
