using Bot.Adapters.State;
using Bot.Slack.Handling;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Tests.Handling;

public class EventDeduplicatorTests
{
    [Fact]
    public async Task TryRecord_RefusesARepeatedEventId()
    {
        var dedup = New(new FakeTimeProvider());
        Assert.True(await dedup.TryRecordAsync("Ev1", "C1", "1.1"));
        Assert.False(await dedup.TryRecordAsync("Ev1", "C1", "1.1"));
    }

    [Fact]
    public async Task TryRecord_RefusesTheSameMessageUnderANewEventId()
    {
        var dedup = New(new FakeTimeProvider());
        Assert.True(await dedup.TryRecordAsync("Ev1", "C1", "1.1"));
        Assert.False(await dedup.TryRecordAsync("Ev2", "C1", "1.1"));
        Assert.True(await dedup.TryRecordAsync("Ev3", "C1", "1.2"));
    }

    [Fact]
    public async Task TryRecord_RemembersLongerThanSlacksFiveMinuteRetryWindow()
    {
        var clock = new FakeTimeProvider();
        var dedup = New(clock);
        await dedup.TryRecordAsync("Ev1", "C1", "1.1");
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.False(await dedup.TryRecordAsync("Ev1", "C1", "1.1"));
        clock.Advance(EventDeduplicator.Ttl);
        Assert.True(await dedup.TryRecordAsync("Ev1", "C1", "1.1"));
    }

    [Fact]
    public async Task Forget_LetsARetryThrough()
    {
        var dedup = New(new FakeTimeProvider());
        await dedup.TryRecordAsync("Ev1", "C1", "1.1");
        await dedup.ForgetAsync("Ev1", "C1", "1.1");
        Assert.True(await dedup.TryRecordAsync("Ev1", "C1", "1.1"));
    }

    [Fact]
    public async Task TwoReplicasOnOneStore_RecordAnEventOnce()
    {
        var shared = new MemorySharedState(new FakeTimeProvider());

        var first = await new EventDeduplicator(shared).TryRecordAsync("Ev1", "C1", "1.1");
        var second = await new EventDeduplicator(shared).TryRecordAsync("Ev1", "C1", "1.1");

        Assert.True(first);
        Assert.False(second);
    }

    private static EventDeduplicator New(TimeProvider clock) => new(new MemorySharedState(clock));
}
