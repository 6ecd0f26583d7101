using Bot.Adapters.State;

namespace Bot.Host.Hosting;

/// <summary>Connects to Redis at start, so the first request does not wait for the connection.</summary>
internal sealed class SharedStateWarmup(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<ISharedState>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
