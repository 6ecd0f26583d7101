using System.Net;
using Bot.Host.Tests.Process;

namespace Bot.Host.Tests.Replicas;

/// <summary>One real articlebot process in Slack HTTP mode on its own port, sharing a Redis and a fake Slack with
/// any other replica; ready once /healthz says the article is loaded.</summary>
internal sealed class BotReplica : IAsyncDisposable
{
    private readonly BotProcess process;

    private BotReplica(BotProcess process, HttpClient client)
    {
        this.process = process;
        Client = client;
    }

    public HttpClient Client { get; }

    public string Output => process.Output;

    public static async Task<BotReplica> StartAsync(FakeSlackWebApi slack, RedisServer redis, IReadOnlyDictionary<string, string>? settings = null)
    {
        var url = $"http://127.0.0.1:{RedisServer.FreePort()}";
        var environment = new Dictionary<string, string>
        {
            ["Slack__BotToken"] = "xoxb-replica-token",
            ["Slack__SigningSecret"] = SignedSlack.Secret,
            ["Slack__ApiBaseUrl"] = slack.BaseUrl,
            ["Slack__ReactWhileAnswering"] = "false",
            ["Redis__Configuration"] = redis.Configuration,
            ["Article__Watch"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            environment[key] = value;
        var process = BotProcess.Start(environment, "--urls", url);
        var client = new HttpClient { BaseAddress = new Uri(url) };
        var replica = new BotReplica(process, client);
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (health.StatusCode == HttpStatusCode.OK)
                    return replica;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                await replica.DisposeAsync();
                throw new TimeoutException("The bot did not become healthy in 30 s: " + process.Output + process.Error);
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await process.DisposeAsync();
    }
}
