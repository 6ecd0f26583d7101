using Bot.Adapters.RateLimiting;
using Bot.Adapters.State;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Tests.RateLimiting;

public class RateLimitGateTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));

    public static TheoryData<bool> Stores => new() { false, true };

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task OneUserOverTheLimit_GetsOneNotice_ThenSilence_WhileOthersGoOn(bool shared)
    {
        using var gate = Gate(shared, userPermits: 2, channelPermits: 100);

        var verdicts = new List<RateLimitVerdict>();
        for (var i = 0; i < 5; i++)
            verdicts.Add(await gate.CheckAsync("slack", "U1", "C1"));
        var other = await gate.CheckAsync("slack", "U2", "C1");

        Assert.Equal([true, true, false, false, false], verdicts.Select(v => v.Allowed));
        Assert.Contains("asking faster than I can answer", verdicts[2].Notice, StringComparison.Ordinal);
        Assert.Null(verdicts[3].Notice);
        Assert.Null(verdicts[4].Notice);
        Assert.True(other.Allowed);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task TheChannelLimit_HoldsAcrossUsers_AndOtherChannelsGoOn(bool shared)
    {
        using var gate = Gate(shared, userPermits: 100, channelPermits: 3);

        var allowed = new List<bool>();
        for (var i = 0; i < 4; i++)
            allowed.Add((await gate.CheckAsync("discord", "U" + i, "C1")).Allowed);
        var elsewhere = await gate.CheckAsync("discord", "U9", "C2");

        Assert.Equal([true, true, true, false], allowed);
        Assert.True(elsewhere.Allowed);
    }

    [Theory]
    [MemberData(nameof(Stores))]
    public async Task PlatformsAreCountedApart(bool shared)
    {
        using var gate = Gate(shared, userPermits: 1, channelPermits: 100);

        Assert.True((await gate.CheckAsync("slack", "U1", "C1")).Allowed);
        Assert.True((await gate.CheckAsync("discord", "U1", "C1")).Allowed);
        Assert.False((await gate.CheckAsync("slack", "U1", "C1")).Allowed);
    }

    [Fact]
    public async Task SharedCounters_StartOverInTheNextWindow_WithANewNotice()
    {
        using var gate = Gate(shared: true, userPermits: 1, channelPermits: 100);

        Assert.True((await gate.CheckAsync("slack", "U1", "C1")).Allowed);
        var refused = await gate.CheckAsync("slack", "U1", "C1");
        clock.Advance(TimeSpan.FromSeconds(30));
        var stillRefused = await gate.CheckAsync("slack", "U1", "C1");
        clock.Advance(TimeSpan.FromSeconds(30));
        var nextWindow = await gate.CheckAsync("slack", "U1", "C1");
        var refusedAgain = await gate.CheckAsync("slack", "U1", "C1");

        Assert.NotNull(refused.Notice);
        Assert.Contains("60 seconds", refused.Notice, StringComparison.Ordinal);
        Assert.False(stillRefused.Allowed);
        Assert.Null(stillRefused.Notice);
        Assert.True(nextWindow.Allowed);
        Assert.NotNull(refusedAgain.Notice);
    }

    [Fact]
    public async Task TwoGatesOnOneSharedStore_CountTogether()
    {
        var store = new SharedMemory(clock);
        using var first = Gate(store, userPermits: 2, channelPermits: 100);
        using var second = Gate(store, userPermits: 2, channelPermits: 100);

        var a = await first.CheckAsync("slack", "U1", "C1");
        var b = await second.CheckAsync("slack", "U1", "C1");
        var c = await first.CheckAsync("slack", "U1", "C1");
        var d = await second.CheckAsync("slack", "U1", "C1");

        Assert.True(a.Allowed && b.Allowed);
        Assert.NotNull(c.Notice);
        Assert.False(d.Allowed);
        Assert.Null(d.Notice);
    }

    [Fact]
    public async Task Disabled_AllowsEverything()
    {
        var options = new RateLimitOptions { Enabled = false, UserPermits = 1 };
        using var gate = new RateLimitGate(Options.Create(options), new MemorySharedState(clock), clock, NullLogger<RateLimitGate>.Instance);

        for (var i = 0; i < 20; i++)
            Assert.True((await gate.CheckAsync("slack", "U1", "C1")).Allowed);
    }

    [Fact]
    public async Task AnAskerWithoutIds_IsNotLimited()
    {
        using var gate = Gate(shared: false, userPermits: 1, channelPermits: 1);

        for (var i = 0; i < 5; i++)
            Assert.True((await gate.CheckAsync("discord", null, null)).Allowed);
    }

    [Theory]
    [InlineData(0, 60, 30, 60)]
    [InlineData(10, 0, 30, 60)]
    [InlineData(10, 60, -1, 60)]
    [InlineData(10, 60, 30, 172_800)]
    public void Validator_RefusesNonsense(int userPermits, int userSeconds, int channelPermits, int channelSeconds)
    {
        var options = new RateLimitOptions
        {
            UserPermits = userPermits,
            UserWindow = TimeSpan.FromSeconds(userSeconds),
            ChannelPermits = channelPermits,
            ChannelWindow = TimeSpan.FromSeconds(channelSeconds),
        };

        Assert.True(new RateLimitOptionsValidator().Validate(null, options).Failed);
        Assert.True(new RateLimitOptionsValidator().Validate(null, new RateLimitOptions()).Succeeded);
    }

    private RateLimitGate Gate(bool shared, int userPermits, int channelPermits) =>
        Gate(shared ? new SharedMemory(clock) : new MemorySharedState(clock), userPermits, channelPermits);

    private RateLimitGate Gate(ISharedState state, int userPermits, int channelPermits) =>
        new(Options.Create(new RateLimitOptions { UserPermits = userPermits, ChannelPermits = channelPermits }), state, clock, NullLogger<RateLimitGate>.Instance);
}
