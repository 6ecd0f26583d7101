using Bot.Adapters.Readiness;
using Bot.Adapters.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Adapters;

internal static class AdapterTelemetryExtensions
{
    /// <summary>The adapters' metrics and readiness registry (once, whichever adapter asks first), the adapter's
    /// reply queue as a metered queue, and the link it must have up to be ready.</summary>
    public static IServiceCollection AddAdapterTelemetry<TQueue>(this IServiceCollection services, ReadinessExpectation expectation)
        where TQueue : class, IMeteredQueue
    {
        services.AddMetrics();
        services.TryAddSingleton<AdapterMetrics>();
        services.TryAddSingleton<AdapterReadiness>();
        services.TryAddSingleton<TQueue>();
        services.AddSingleton<IMeteredQueue>(sp => sp.GetRequiredService<TQueue>());
        services.AddSingleton(expectation);
        return services;
    }
}
