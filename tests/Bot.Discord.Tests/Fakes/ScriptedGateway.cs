using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Bot.Discord.Gateway;

namespace Bot.Discord.Tests.Fakes;

/// <summary>Hands out scripted transports: the test plays Discord's side of each connection.</summary>
internal sealed class ScriptedGateway : IGatewayTransportFactory
{
    private readonly Channel<ScriptedTransport> _connections = Channel.CreateUnbounded<ScriptedTransport>();

    public ConcurrentQueue<ScriptedTransport> All { get; } = new();

    public IGatewayTransport Create()
    {
        var transport = new ScriptedTransport(_connections.Writer);
        All.Enqueue(transport);
        return transport;
    }

    /// <summary>The next connection the client opens (a real-time bound only so a broken test fails instead of hanging).</summary>
    public async Task<ScriptedTransport> NextConnectionAsync(Func<Task>? whileWaiting = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            if (_connections.Reader.TryRead(out var transport))
                return transport;
            if (whileWaiting is not null)
                await whileWaiting();
            await Task.WhenAny(_connections.Reader.WaitToReadAsync(timeout.Token).AsTask(), Task.Delay(10, timeout.Token));
            timeout.Token.ThrowIfCancellationRequested();
        }
    }
}

internal sealed class ScriptedTransport(ChannelWriter<ScriptedTransport> connected) : IGatewayTransport
{
    private readonly Channel<GatewayFrame> _incoming = Channel.CreateUnbounded<GatewayFrame>();
    private readonly Channel<string> _sent = Channel.CreateUnbounded<string>();

    public Uri? Uri { get; private set; }
    public int? ClosedWith { get; private set; }
    public bool Disposed { get; private set; }
    public ConcurrentQueue<JsonNode> Sent { get; } = new();

    public Task ConnectAsync(Uri uri, CancellationToken cancellationToken = default)
    {
        Uri = uri;
        connected.TryWrite(this);
        return Task.CompletedTask;
    }

    public Task SendAsync(string text, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(JsonNode.Parse(text)!);
        _sent.Writer.TryWrite(text);
        return Task.CompletedTask;
    }

    public async Task<GatewayFrame> ReceiveAsync(CancellationToken cancellationToken = default) =>
        await _incoming.Reader.ReadAsync(cancellationToken);

    public Task CloseAsync(int code, CancellationToken cancellationToken = default)
    {
        ClosedWith = code;

        // Discord answers a close with its own, as every WebSocket server does.
        _incoming.Writer.TryWrite(GatewayFrame.Closed(code));
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Disposed = true;
        return ValueTask.CompletedTask;
    }

    public void Push(string json) => _incoming.Writer.TryWrite(GatewayFrame.Message(json));

    public void PushClose(int? code) => _incoming.Writer.TryWrite(GatewayFrame.Closed(code));

    /// <summary>The next payload the client sends with this opcode, skipping others (heartbeats, say).</summary>
    public async Task<JsonNode> NextSentAsync(int op, Func<Task>? whileWaiting = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (true)
        {
            while (_sent.Reader.TryRead(out var text))
            {
                var node = JsonNode.Parse(text)!;
                if ((int)node["op"]! == op)
                    return node;
            }

            if (whileWaiting is not null)
                await whileWaiting();
            await Task.WhenAny(_sent.Reader.WaitToReadAsync(timeout.Token).AsTask(), Task.Delay(10, timeout.Token));
            timeout.Token.ThrowIfCancellationRequested();
        }
    }
}
