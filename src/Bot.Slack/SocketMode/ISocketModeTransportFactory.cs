namespace Bot.Slack.SocketMode;

internal interface ISocketModeTransportFactory
{
    ISocketModeTransport Create();
}

internal sealed class ClientWebSocketTransportFactory : ISocketModeTransportFactory
{
    public ISocketModeTransport Create() => new ClientWebSocketTransport();
}
