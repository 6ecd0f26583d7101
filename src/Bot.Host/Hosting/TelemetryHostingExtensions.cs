using Bot.Core.Telemetry;
using OpenTelemetry.Metrics;

namespace Bot.Host.Hosting;

/// <summary>What an operator watches: OpenTelemetry metrics scraped by Prometheus at GET /metrics, /readyz,
/// and the console log format.</summary>
internal static class TelemetryHostingExtensions
{
    public const string LogFormatKey = "Logging:Format";

    /// <summary>The bot's meter, ASP.NET Core's and the runtime's, for the Prometheus exporter; and JSON console
    /// logs when Logging:Format is "json" (anything else keeps the simple one-line format).</summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        if (string.Equals(builder.Configuration[LogFormatKey], "json", StringComparison.OrdinalIgnoreCase))
            builder.Logging.AddJsonConsole();

        builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(BotMeter.Name, "Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel")
            .AddRuntimeInstrumentation()
            // No cached scrape: one Prometheus every 15 s is cheap to serve, and a cached page would hide the
            // answers of the last moments from a scrape right after them.
            .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return builder;
    }

    /// <summary>GET /metrics and GET /readyz. The console chat listens nowhere, so there they exist but no one can reach them.</summary>
    public static WebApplication MapTelemetry(this WebApplication app)
    {
        app.MapPrometheusScrapingEndpoint();
        app.MapGet("/readyz", ReadinessEndpoint.Handle);
        return app;
    }
}
