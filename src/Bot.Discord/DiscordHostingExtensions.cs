using System.Net;
using System.Reflection;
using Bot.Adapters;
using Bot.Adapters.Readiness;
using Bot.Adapters.State;
using Bot.Adapters.Telemetry;
using Bot.Discord.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Interactions;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Bot.Discord;

/// <summary>Adds the Discord adapter to a host: <c>builder.AddDiscord()</c> and <c>app.MapDiscord()</c>.</summary>
public static class DiscordHostingExtensions
{
    public const string InteractionsPath = "/discord/interactions";

    private const string Platform = "discord";
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>True when Discord is configured at all (a bot token or a public key), so the host runs the adapter.</summary>
    public static bool IsDiscordConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(DiscordOptions.SectionName);
        return !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.BotToken)])
            || !string.IsNullOrWhiteSpace(section[nameof(DiscordOptions.PublicKey)]);
    }

    /// <summary>
    /// Registers the Discord adapter when <see cref="IsDiscordConfigured"/>, else nothing, so a host can call it
    /// unconditionally. The host must register <see cref="Bot.Core.Answering.IArticleAnswerer"/> and
    /// <see cref="Bot.Core.Answering.ICompleter"/>. Settings come from the "Discord" section and are validated at start-up.
    /// </summary>
    public static IHostApplicationBuilder AddDiscord(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!IsDiscordConfigured(builder.Configuration))
            return builder;

        var services = builder.Services;
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSharedState();

        var configured = builder.Configuration.GetSection(DiscordOptions.SectionName).Get<DiscordOptions>() ?? new DiscordOptions();
        services.AddAdapterTelemetry<WorkQueue>(ReadinessOf(configured));
        services.TryAddTransient<RateLimitHandler>();
        var client = services.AddHttpClient<DiscordRestClient>(ConfigureClient)
            .RemoveAllLoggers() // The default loggers write full URLs, and webhook URLs hold interaction tokens.
            .AddHttpMessageHandler<RateLimitHandler>();
        client.AddResilienceHandler("discord-transient", (pipeline, context) => ConfigureRetries(pipeline, context.ServiceProvider.GetRequiredService<AdapterMetrics>()));
        client.AddHttpMessageHandler(sp => new OutboundMetricsHandler(sp.GetRequiredService<AdapterMetrics>(), Platform));

        services.TryAddSingleton<AnswerRenderer>();
        services.TryAddSingleton<InteractionHandler>();
        services.TryAddSingleton(sp => new SignatureVerifier(
            sp.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<InteractionEndpoint>();
        services.TryAddSingleton<GatewayEventHandler>();
        services.TryAddSingleton<IGatewayTransportFactory, WebSocketGatewayTransportFactory>();
        services.AddHostedService<DiscordWorker>();
        services.AddHostedService<CommandRegistrar>();

        if (configured.GatewayEnabled)
            services.AddHostedService<GatewayService>();
        return builder;
    }

    /// <summary>Maps <c>POST /discord/interactions</c>, Discord's Interactions Endpoint URL, when
    /// <see cref="AddDiscord"/> registered the adapter; else nothing.</summary>
    public static IEndpointRouteBuilder MapDiscord(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Follows what AddDiscord decided rather than deciding again from configuration.
        if (endpoints.ServiceProvider.GetService<InteractionEndpoint>() is null)
            return endpoints;

        endpoints.MapPost(InteractionsPath, (HttpContext context, InteractionEndpoint endpoint) => endpoint.HandleAsync(context))
            .DisableAntiforgery()
            .WithPlatformMetrics(endpoints.ServiceProvider.GetRequiredService<AdapterMetrics>(), Platform, "interactions");
        return endpoints;
    }

    private static void ConfigureClient(IServiceProvider services, HttpClient client)
    {
        var options = services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        client.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
        client.Timeout = TimeSpan.FromMinutes(5); // Room for rate-limit waits of up to two minutes, several times.
        var version = typeof(DiscordHostingExtensions).Assembly.GetName().Version?.ToString(3) ?? "1.0.0";
        client.DefaultRequestHeaders.UserAgent.ParseAdd($"DiscordBot ({options.ProjectUrl}, {version})");
        if (options.HasToken)
            client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bot " + options.BotToken);
    }

    // Retries only transport failures and 5xx on idempotent calls: a retried POST could post a reply twice,
    // and 429s are the rate-limit handler's job.
    private static void ConfigureRetries(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, AdapterMetrics metrics) =>
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 2,
            ShouldRetryAfterHeader = false,
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Backoff.Delay(args.AttemptNumber + 1, TimeSpan.FromSeconds(1), MaxRetryDelay, Random.Shared)),
            ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome) && IsIdempotent(args.Outcome.Result?.RequestMessage?.Method ?? args.Context.GetRequestMessage()?.Method)),
            OnRetry = _ =>
            {
                metrics.Retry(Platform, "transient");
                return default;
            },
        });

    // With the gateway, ready once READY or RESUMED arrives; interactions-only, ready when requests can be
    // verified (a public key is set): command registration is best effort and Discord keeps the last set.
    private static ReadinessExpectation ReadinessOf(DiscordOptions configured) =>
        configured.GatewayEnabled
            ? new ReadinessExpectation(AdapterLinks.DiscordGateway, "no gateway READY yet")
            : new ReadinessExpectation(AdapterLinks.DiscordInteractions, "Discord:PublicKey is not set", ReadyAtStart: !string.IsNullOrWhiteSpace(configured.PublicKey));

    private static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception is HttpRequestException
        || outcome.Result?.StatusCode is HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
            or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static bool IsIdempotent(HttpMethod? method) =>
        method == HttpMethod.Get || method == HttpMethod.Put || method == HttpMethod.Patch || method == HttpMethod.Delete;
}
