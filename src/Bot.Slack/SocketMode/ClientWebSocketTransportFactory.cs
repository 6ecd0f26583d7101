namespace Bot.Slack.SocketMode;

internal sealed class ClientWebSocketTransportFactory : ISocketModeTransportFactory
{
    public ISocketModeTransport Create() => new ClientWebSocketTransport();
}
