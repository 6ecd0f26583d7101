namespace Bot.Discord.Gateway;

/// <summary>One connection's send side: sends are serialised (a web socket allows one at a time) and heartbeat ACKs tracked.</summary>
internal sealed class GatewayLink(IGatewayTransport transport) : IDisposable
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private int _acked = 1;

    public void Acknowledge() => Volatile.Write(ref _acked, 1);

    /// <summary>True when an ACK arrived since the last heartbeat; resets for the next one.</summary>
    public bool TakeAcknowledgement() => Interlocked.Exchange(ref _acked, 0) == 1;

    public async Task SendAsync(string text, CancellationToken cancellationToken = default)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await transport.SendAsync(text, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends the close frame after any send in progress: a web socket takes one outgoing frame at a time.</summary>
    public async Task CloseAsync(int code, CancellationToken cancellationToken = default)
    {
        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await transport.CloseAsync(code, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Dispose() => _sendLock.Dispose();
}
