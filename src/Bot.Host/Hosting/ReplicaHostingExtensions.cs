using Bot.Adapters.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Host.Hosting;

/// <summary>Several replicas: with Redis:Configuration set, the state replicas must agree on (Slack event ids,
/// Discord interaction ids, share clicks, rate-limit counters) lives in Redis; without it, in memory as before.</summary>
internal static class ReplicaHostingExtensions
{
    public static WebApplicationBuilder AddSharedState(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSharedState();
        services.AddOptions<RedisOptions>().BindConfiguration(RedisOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisOptions>, RedisOptionsValidator>());

        var redis = builder.Configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>();
        if (redis is not { IsConfigured: true })
            return builder;

        services.AddSingleton<IConnectionMultiplexer>(sp => Connect(sp.GetRequiredService<IOptions<RedisOptions>>().Value));
        services.AddSingleton<RedisSharedState>();
        services.AddSingleton<DegradingSharedState>();
        services.Replace(ServiceDescriptor.Singleton<ISharedState>(sp => sp.GetRequiredService<DegradingSharedState>()));
        services.AddHostedService<SharedStateWarmup>();
        return builder;
    }

    internal static ConnectionMultiplexer Connect(RedisOptions options)
    {
        var configuration = ConfigurationOptions.Parse(options.Configuration!);
        // Start without Redis and keep reconnecting; while it is down, fail at once (the caller falls back to
        // memory) rather than queue commands past Slack's and Discord's 3 s acknowledgement deadline.
        configuration.AbortOnConnectFail = false;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        return ConnectionMultiplexer.Connect(configuration);
    }
}
