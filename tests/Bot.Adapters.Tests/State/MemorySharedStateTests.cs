using Bot.Adapters.State;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Adapters.Tests.State;

public class MemorySharedStateTests
{
    private readonly FakeTimeProvider clock = new();

    [Fact]
    public async Task TryClaim_IsTrueOnlyForTheFirstCaller_UntilTheClaimExpires()
    {
        var state = new MemorySharedState(clock);

        Assert.True(await state.TryClaimAsync("k", TimeSpan.FromMinutes(1)));
        Assert.False(await state.TryClaimAsync("k", TimeSpan.FromMinutes(1)));
        clock.Advance(TimeSpan.FromSeconds(59));
        Assert.False(await state.TryClaimAsync("k", TimeSpan.FromMinutes(1)));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True(await state.TryClaimAsync("k", TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task Release_LetsTheKeyBeClaimedAgain()
    {
        var state = new MemorySharedState(clock);
        await state.TryClaimAsync("k", TimeSpan.FromMinutes(1));

        await state.ReleaseAsync("k");

        Assert.True(await state.TryClaimAsync("k", TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task Increment_CountsWithinTheWindow_AndStartsOverAfterIt()
    {
        var state = new MemorySharedState(clock);
        var window = TimeSpan.FromSeconds(10);

        Assert.Equal(1, await state.IncrementAsync("c", window));
        Assert.Equal(2, await state.IncrementAsync("c", window));
        clock.Advance(TimeSpan.FromSeconds(9));
        Assert.Equal(3, await state.IncrementAsync("c", window));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await state.IncrementAsync("c", window));
        Assert.Equal(1, await state.IncrementAsync("other", window));
    }

    [Fact]
    public async Task AFloodOfDistinctLiveKeys_StaysBounded()
    {
        var state = new MemorySharedState(clock);

        for (var i = 0; i < MemorySharedState.MaxEntries * 2; i++)
        {
            await state.TryClaimAsync("k" + i, TimeSpan.FromHours(1));
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        Assert.InRange(state.Count, 1, MemorySharedState.MaxEntries);
        // The newest claim survives the trimming; the oldest went first.
        Assert.False(await state.TryClaimAsync("k" + ((MemorySharedState.MaxEntries * 2) - 1), TimeSpan.FromHours(1)));
        Assert.True(await state.TryClaimAsync("k0", TimeSpan.FromHours(1)));
    }
}
