namespace Bot.Discord.Gateway;

/// <summary>A fresh transport per connection: a web socket cannot be reopened.</summary>
internal interface IGatewayTransportFactory
{
    IGatewayTransport Create();
}
