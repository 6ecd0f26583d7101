using Microsoft.Extensions.Options;

namespace Bot.Host.Hosting;

internal static class ShutdownHostingExtensions
{
    /// <summary>Bounds the drain at shutdown (<see cref="HostOptions.ShutdownTimeout"/>) by Host:ShutdownTimeoutSeconds.
    /// The host already stops on SIGTERM and Ctrl+C; Kestrel stops first (no new requests), then the adapters
    /// close their sockets and finish their queues within this time.</summary>
    public static WebApplicationBuilder AddGracefulShutdown(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ShutdownOptions>().BindConfiguration(ShutdownOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<ShutdownOptions>>((host, shutdown) =>
            host.ShutdownTimeout = TimeSpan.FromSeconds(shutdown.Value.ShutdownTimeoutSeconds));
        return builder;
    }
}
