using Bot.Adapters.State;
using Bot.Host.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using StackExchange.Redis;

namespace Bot.Host.Tests.Replicas;

public sealed class RedisSharedStateTests : IAsyncLifetime
{
    private RedisServer redis = null!;
    private readonly List<ConnectionMultiplexer> connections = [];

    public async Task InitializeAsync() => redis = await RedisServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var connection in connections)
            await connection.DisposeAsync();
        await redis.DisposeAsync();
    }

    [Fact]
    public async Task AKey_IsClaimedOnce_AcrossTwoConnections_AndAgainAfterRelease()
    {
        var first = Store();
        var second = Store();

        Assert.True(await first.TryClaimAsync("slack:event:Ev1", TimeSpan.FromMinutes(1)));
        Assert.False(await second.TryClaimAsync("slack:event:Ev1", TimeSpan.FromMinutes(1)));
        await second.ReleaseAsync("slack:event:Ev1");
        Assert.True(await first.TryClaimAsync("slack:event:Ev1", TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task Counters_AreSharedPrefixed_AndExpireWithTheirWindow()
    {
        var first = Store();
        var second = Store();
        var window = TimeSpan.FromSeconds(30);

        Assert.Equal(1, await first.IncrementAsync("rl:c", window));
        Assert.Equal(2, await second.IncrementAsync("rl:c", window));
        var ttl = await connections[0].GetDatabase().KeyTimeToLiveAsync("articlebot:rl:c");

        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromSeconds(1), window);
    }

    [Fact]
    public async Task ACounter_IsGoneAfterItsWindow()
    {
        var store = Store();
        await store.IncrementAsync("rl:short", TimeSpan.FromMilliseconds(50));

        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (await connections[0].GetDatabase().KeyExistsAsync("articlebot:rl:short") && DateTime.UtcNow < deadline)
            await Task.Delay(20);

        Assert.Equal(1, await store.IncrementAsync("rl:short", TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task AnOutage_FallsBackToMemory_WarnsOnce_AndRedisIsUsedAgainWhenBack()
    {
        var logger = new ListLogger<DegradingSharedState>();
        var degrading = new DegradingSharedState(Store(), new MemorySharedState(new FakeTimeProvider()), logger);
        Assert.True(await degrading.TryClaimAsync("before", TimeSpan.FromMinutes(1)));

        await redis.KillAsync();
        var during = new List<bool>();
        for (var i = 0; i < 3; i++)
            during.Add(await degrading.TryClaimAsync("during" + i, TimeSpan.FromMinutes(1)));

        Assert.Equal([true, true, true], during);
        Assert.True(degrading.IsDegraded);
        Assert.Single(logger.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);

        await redis.RestartAsync();
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (degrading.IsDegraded && DateTime.UtcNow < deadline)
        {
            await degrading.TryClaimAsync("probe", TimeSpan.FromMilliseconds(1));
            await Task.Delay(50);
        }

        Assert.False(degrading.IsDegraded);
        Assert.True(await degrading.TryClaimAsync("after", TimeSpan.FromMinutes(1)));
        Assert.True(await connections[0].GetDatabase().KeyExistsAsync("articlebot:after"));
        Assert.Contains(logger.Entries, e => e.Id.Id == 6102);
    }

    private RedisSharedState Store()
    {
        var connection = ReplicaHostingExtensions.Connect(new RedisOptions { Configuration = redis.Configuration });
        connections.Add(connection);
        return new RedisSharedState(connection, Options.Create(new RedisOptions()));
    }
}
