using Bot.Adapters.Readiness;
using Bot.Core.Facts;

namespace Bot.Host.Hosting;

/// <summary>GET /readyz: 200 while the article is loaded and every configured adapter's link is up, else 503
/// naming what is not ready, so a load balancer sends work only to a replica that can answer it.</summary>
internal static class ReadinessEndpoint
{
    public static IResult Handle(IFactStore store, IServiceProvider services)
    {
        var problems = NotReady(store, services.GetService<AdapterReadiness>());
        return problems.Count == 0
            ? Results.Text("ready")
            : Results.Text("not ready: " + string.Join("; ", problems), statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public static List<string> NotReady(IFactStore store, AdapterReadiness? readiness)
    {
        var problems = new List<string>();
        if (store.Current is null)
            problems.Add("article not loaded");
        foreach (var link in readiness?.Links ?? [])
        {
            if (link.NotReadyReason is { } reason)
                problems.Add($"{link.Name}: {reason}");
        }

        return problems;
    }
}
