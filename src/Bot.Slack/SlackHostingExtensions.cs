using System.Net;
using Bot.Adapters;
using Bot.Adapters.Readiness;
using Bot.Adapters.State;
using Bot.Adapters.Telemetry;
using Bot.Slack.Api;
using Bot.Slack.Handling;
using Bot.Slack.Http;
using Bot.Slack.SocketMode;
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

namespace Bot.Slack;

/// <summary>The Slack adapter's one Add/Map pair for the host.</summary>
public static class SlackHostingExtensions
{
    private const string Platform = "slack";
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(30);

    /// <summary>True when a bot token is configured (Slack:BotToken), so the host should add Slack at all.</summary>
    public static bool IsSlackConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.SectionName}:{nameof(SlackOptions.BotToken)}"]);

    /// <summary>Options (validated at start), the Web API client, the answer worker, auth.test at start and,
    /// when Slack:AppToken is set, Socket Mode; nothing unless <see cref="IsSlackConfigured"/>, so a host can
    /// call it unconditionally. Needs an <c>IArticleAnswerer</c> from the core.</summary>
    public static IHostApplicationBuilder AddSlack(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (!IsSlackConfigured(builder.Configuration))
            return builder;

        var services = builder.Services;

        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSharedState();

        services.AddAdapterTelemetry<SlackWorkQueue>(ReadinessOf(builder.Configuration));
        var client = services.AddHttpClient(SlackApiClient.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(30));
        client.AddResilienceHandler("slack-rate-limit", (pipeline, context) => pipeline.AddRetry(RateLimitRetry(context.ServiceProvider.GetRequiredService<AdapterMetrics>())));
        // Inside the retry, so each attempt (a 429 too) is counted.
        client.AddHttpMessageHandler(sp => new OutboundMetricsHandler(sp.GetRequiredService<AdapterMetrics>(), Platform));

        services.TryAddSingleton<SlackApiClient>();
        services.TryAddSingleton<SlackBotIdentity>();
        services.TryAddSingleton<EventDeduplicator>();
        services.TryAddSingleton<SlackAnswering>();
        services.TryAddSingleton<SlashCommandHandler>();
        services.TryAddSingleton<SlackEventHandler>();
        services.TryAddSingleton<InteractionHandler>();
        services.TryAddSingleton<SlackHttpEndpoints>();
        services.TryAddSingleton<ISocketModeTransportFactory, ClientWebSocketTransportFactory>();

        services.AddHostedService<SlackIdentityService>();
        services.AddHostedService<SlackWorker>();
        // Registered always; it returns at once unless Slack:AppToken is set.
        services.AddHostedService<SocketModeService>();
        return builder;
    }

    /// <summary>POST /slack/commands, /slack/events and /slack/interactivity (HTTP mode), when
    /// <see cref="AddSlack"/> registered the adapter; else nothing.</summary>
    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Follows what AddSlack decided rather than deciding again from configuration.
        if (endpoints.ServiceProvider.GetService<SlackHttpEndpoints>() is null)
            return endpoints;

        var metrics = endpoints.ServiceProvider.GetRequiredService<AdapterMetrics>();
        endpoints.MapPost("/slack/commands", Handle((e, c) => e.CommandsAsync(c))).WithPlatformMetrics(metrics, Platform, "commands");
        endpoints.MapPost("/slack/events", Handle((e, c) => e.EventsAsync(c))).WithPlatformMetrics(metrics, Platform, "events");
        endpoints.MapPost("/slack/interactivity", Handle((e, c) => e.InteractivityAsync(c))).WithPlatformMetrics(metrics, Platform, "interactivity");
        return endpoints;
    }

    // Socket Mode is ready once Slack's hello arrives; HTTP mode once auth.test has said the token works.
    private static ReadinessExpectation ReadinessOf(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration[$"{SlackOptions.SectionName}:{nameof(SlackOptions.AppToken)}"])
            ? new ReadinessExpectation(AdapterLinks.SlackApi, "auth.test has not succeeded")
            : new ReadinessExpectation(AdapterLinks.SlackSocketMode, "no Socket Mode hello yet");

    private static HttpRetryStrategyOptions RateLimitRetry(AdapterMetrics metrics)
    {
        var retry = new HttpRetryStrategyOptions
        {
            // Only 429 is retried: a repeated chat.postMessage after a 5xx could post twice.
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result?.StatusCode == HttpStatusCode.TooManyRequests),
            ShouldRetryAfterHeader = true,
            MaxRetryAttempts = 3,
            MaxDelay = MaxRetryDelay,
            OnRetry = _ =>
            {
                metrics.Retry(Platform, "rate_limited");
                return default;
            },
        };
        // Slack's Retry-After wins; without one, the adapters' shared backoff.
        var retryAfter = retry.DelayGenerator;
        retry.DelayGenerator = async args =>
            (retryAfter is null ? null : await retryAfter(args).ConfigureAwait(false))
            ?? Backoff.Delay(args.AttemptNumber + 1, TimeSpan.FromSeconds(1), MaxRetryDelay, Random.Shared);
        return retry;
    }

    private static RequestDelegate Handle(Func<SlackHttpEndpoints, HttpContext, Task<IResult>> handler) =>
        async context =>
        {
            var endpoints = context.RequestServices.GetRequiredService<SlackHttpEndpoints>();
            var result = await handler(endpoints, context).ConfigureAwait(false);
            await result.ExecuteAsync(context).ConfigureAwait(false);
        };
}
