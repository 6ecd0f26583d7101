using System.Net.WebSockets;
using System.Text;

namespace Bot.Slack.SocketMode;

/// <summary>ClientWebSocket behind <see cref="ISocketModeTransport"/>; it answers Slack's pings itself.</summary>
internal sealed class ClientWebSocketTransport : ISocketModeTransport
{
    private const int MaxMessageBytes = 1024 * 1024;

    private readonly ClientWebSocket socket = new();
    private readonly SemaphoreSlim sendLock = new(1, 1);

    public ClientWebSocketTransport() => socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken = default) => socket.ConnectAsync(uri, cancellationToken);

    public async Task SendAsync(string text, CancellationToken cancellationToken = default)
    {
        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
    }

    public async Task<SocketFrame> ReceiveAsync(CancellationToken cancellationToken = default)
    {
        var buffer = new byte[16 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await socket.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException ex)
            {
                return SocketFrame.Closed(ex.WebSocketErrorCode.ToString());
            }

            if (result.MessageType == WebSocketMessageType.Close)
                return SocketFrame.Closed(result.CloseStatusDescription ?? result.CloseStatus?.ToString());
            if (message.Length + result.Count > MaxMessageBytes)
                return SocketFrame.Closed("message too large");
            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                if (result.MessageType == WebSocketMessageType.Text)
                    return SocketFrame.Message(Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length));
                message.SetLength(0);
            }
        }
    }

    public async Task CloseAsync(CancellationToken cancellationToken = default)
    {
        // After any send in progress (one outgoing frame at a time), and only once.
        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "closing", cancellationToken).ConfigureAwait(false);
        }
        catch (WebSocketException)
        {
            // Already gone; nothing to close.
        }
        finally
        {
            sendLock.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
