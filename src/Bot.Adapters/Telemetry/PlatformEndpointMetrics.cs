using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Adapters.Telemetry;

internal static class PlatformEndpointMetrics
{
    /// <summary>Counts every request to this endpoint by its final status, by wrapping the endpoint's own delegate:
    /// no middleware runs for other routes, and a request that completes synchronously costs no extra task.</summary>
    public static TBuilder WithPlatformMetrics<TBuilder>(this TBuilder builder, AdapterMetrics metrics, string platform, string endpoint)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Add(endpointBuilder =>
        {
            var inner = endpointBuilder.RequestDelegate;
            if (inner is null)
                return;
            endpointBuilder.RequestDelegate = context =>
            {
                Task task;
                try
                {
                    task = inner(context);
                }
                catch
                {
                    metrics.Request(platform, endpoint, StatusCodes.Status500InternalServerError);
                    throw;
                }

                if (!task.IsCompletedSuccessfully)
                    return AwaitAsync(task, context, metrics, platform, endpoint);
                metrics.Request(platform, endpoint, context.Response.StatusCode);
                return Task.CompletedTask;
            };
        });
        return builder;
    }

    private static async Task AwaitAsync(Task task, HttpContext context, AdapterMetrics metrics, string platform, string endpoint)
    {
        try
        {
            await task.ConfigureAwait(false);
        }
        catch
        {
            // What the client gets once the exception reaches the server: a 500, unless the response had started.
            metrics.Request(platform, endpoint, context.Response.HasStarted ? context.Response.StatusCode : StatusCodes.Status500InternalServerError);
            throw;
        }

        metrics.Request(platform, endpoint, context.Response.StatusCode);
    }
}
