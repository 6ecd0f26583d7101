using System.Net.WebSockets;
using System.Text;

namespace Bot.Slack.Tests.Infrastructure;

/// <summary>The server side of one Socket Mode connection, driven by the test.</summary>
internal sealed class FakeSocketConnection(WebSocket socket)
{
    private readonly TaskCompletionSource finished = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Finished => finished.Task;

    public Task SendAsync(string text) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, CancellationToken.None);

    /// <summary>The next text message from the bot, or null when it closed the socket.</summary>
    public async Task<string?> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, timeout.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                finished.TrySetResult();
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
                return Encoding.UTF8.GetString(message.ToArray());
        }
    }

    /// <summary>Drops the connection without a close handshake, like a network failure.</summary>
    public void Abort()
    {
        socket.Abort();
        finished.TrySetResult();
    }

    public void Finish() => finished.TrySetResult();
}
