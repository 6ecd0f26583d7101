namespace Bot.Slack.SocketMode;

/// <summary>A fresh transport per connection: Slack's WebSocket URLs are single-use.</summary>
internal interface ISocketModeTransportFactory
{
    ISocketModeTransport Create();
}
