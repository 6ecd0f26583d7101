using Bot.Adapters.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Adapters.State;

/// <summary>What every adapter needs from the shared state: memory unless the host registered Redis first.</summary>
internal static class SharedStateServices
{
    public static IServiceCollection TryAddSharedState(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        // Both adapters call this; bind the options once.
        if (services.Any(d => d.ServiceType == typeof(MemorySharedState)))
            return services;

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<MemorySharedState>();
        services.TryAddSingleton<ISharedState>(sp => sp.GetRequiredService<MemorySharedState>());
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>());
        services.TryAddSingleton<RateLimitGate>();
        return services;
    }
}
