using System.Net.WebSockets;
using System.Text;
using System.Threading.Channels;

namespace Bot.Slack.Tests.Infrastructure;

/// <summary>The server side of one Socket Mode connection, driven by the test. It reads all the time, as Slack
/// does, so the bot's close at shutdown is answered at once rather than after its close timeout.</summary>
internal sealed class FakeSocketConnection
{
    private readonly WebSocket socket;
    private readonly Channel<string> received = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeSocketConnection(WebSocket socket)
    {
        this.socket = socket;
        _ = Task.Run(ReadAsync);
    }

    public Task Finished => finished.Task;

    public Task SendAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next text message from the bot, or null when it closed the socket.</summary>
    public async Task<string?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            return await received.Reader.ReadAsync(timeout.Token);
        }
        catch (ChannelClosedException)
        {
            return null;
        }
    }

    /// <summary>Drops the connection without a close handshake, like a network failure.</summary>
    public void Abort()
    {
        socket.Abort();
        finished.TrySetResult();
    }

    public void Finish() => finished.TrySetResult();

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "", CancellationToken.None);
                    return;
                }

                message.Write(buffer, 0, result.Count);
                if (result.EndOfMessage)
                {
                    received.Writer.TryWrite(Encoding.UTF8.GetString(message.ToArray()));
                    message.SetLength(0);
                }
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or OperationCanceledException)
        {
            // Aborted by the test or by the server stopping: the connection is simply over.
        }
        finally
        {
            received.Writer.TryComplete();
            finished.TrySetResult();
        }
    }
}
