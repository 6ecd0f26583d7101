using System.Net.WebSockets;
using System.Text;
using Bot.Discord.Gateway;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Gateway;

public sealed class WebSocketTransportTests
{
    [Fact]
    public async Task Transport_ReadsWholeMessagesSendsTextAndReportsTheCloseCode()
    {
        var received = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        await using var app = builder.Build();
        app.UseWebSockets();
        app.Map("/gateway", async (HttpContext context) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            Assert.Equal("?v=10&encoding=json", context.Request.QueryString.Value);
            // One message in three fragments: the transport must join them.
            var hello = Encoding.UTF8.GetBytes("""{"op":10,"d":{"heartbeat_interval":45000}}""");
            await socket.SendAsync(hello.AsMemory(0, 5), WebSocketMessageType.Text, false, default);
            await socket.SendAsync(hello.AsMemory(5, 10), WebSocketMessageType.Text, false, default);
            await socket.SendAsync(hello.AsMemory(15), WebSocketMessageType.Text, true, default);
            var buffer = new byte[4096];
            var result = await socket.ReceiveAsync(buffer, default);
            received.SetResult(Encoding.UTF8.GetString(buffer, 0, result.Count));
            await socket.CloseAsync((WebSocketCloseStatus)4004, "Authentication failed.", default);
        });
        await app.StartAsync();
        var uri = GatewayService.WithQuery(new Uri(app.Urls.First().Replace("http://", "ws://", StringComparison.Ordinal) + "/gateway"));
        await using var transport = new WebSocketGatewayTransport();

        await transport.ConnectAsync(uri);
        var first = await transport.ReceiveAsync();
        await transport.SendAsync("""{"op":2,"d":{}}""");
        var second = await transport.ReceiveAsync();

        Assert.Equal("""{"op":10,"d":{"heartbeat_interval":45000}}""", first.Text);
        Assert.Equal("""{"op":2,"d":{}}""", await received.Task.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.True(second.IsClose);
        Assert.Equal(4004, second.CloseCode);
        await app.StopAsync();
    }
}
