using Bot.Slack.Handling;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Tests.Handling;

public class EventDeduplicatorTests
{
    [Fact]
    public void TryRecord_RefusesARepeatedEventId()
    {
        var dedup = new EventDeduplicator(new FakeTimeProvider());
        Assert.True(dedup.TryRecord("Ev1", "C1", "1.1"));
        Assert.False(dedup.TryRecord("Ev1", "C1", "1.1"));
    }

    [Fact]
    public void TryRecord_RefusesTheSameMessageUnderANewEventId()
    {
        var dedup = new EventDeduplicator(new FakeTimeProvider());
        Assert.True(dedup.TryRecord("Ev1", "C1", "1.1"));
        Assert.False(dedup.TryRecord("Ev2", "C1", "1.1"));
        Assert.True(dedup.TryRecord("Ev3", "C1", "1.2"));
    }

    [Fact]
    public void TryRecord_RemembersLongerThanSlacksFiveMinuteRetryWindow()
    {
        var clock = new FakeTimeProvider();
        var dedup = new EventDeduplicator(clock);
        dedup.TryRecord("Ev1", "C1", "1.1");
        clock.Advance(TimeSpan.FromMinutes(6));
        Assert.False(dedup.TryRecord("Ev1", "C1", "1.1"));
        clock.Advance(EventDeduplicator.Ttl);
        Assert.True(dedup.TryRecord("Ev1", "C1", "1.1"));
    }

    [Fact]
    public void Forget_LetsARetryThrough()
    {
        var dedup = new EventDeduplicator(new FakeTimeProvider());
        dedup.TryRecord("Ev1", "C1", "1.1");
        dedup.Forget("Ev1", "C1", "1.1");
        Assert.True(dedup.TryRecord("Ev1", "C1", "1.1"));
    }
}
