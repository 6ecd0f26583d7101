using Bot.Adapters;

namespace Bot.Adapters.Tests;

public class ReplyQueueTests
{
    [Fact]
    public void TryEnqueue_RefusesWorkOnceFullAndCountsWhatIsPending()
    {
        var queue = new ReplyQueue<int>(2);

        Assert.True(queue.TryEnqueue(1));
        Assert.True(queue.TryEnqueue(2));
        Assert.False(queue.TryEnqueue(3));
        Assert.Equal(2, queue.Pending);
    }

    [Fact]
    public void Done_MakesRoomAgain()
    {
        var queue = new ReplyQueue<int>(1);
        Assert.True(queue.TryEnqueue(1));

        Assert.True(queue.Reader.TryRead(out var item));
        queue.Done();

        Assert.Equal(1, item);
        Assert.Equal(0, queue.Pending);
        Assert.True(queue.TryEnqueue(2));
    }

    [Fact]
    public void Complete_RefusesNewWorkAndKeepsWhatIsQueuedForTheWorker()
    {
        var queue = new ReplyQueue<int>(4);
        Assert.True(queue.TryEnqueue(1));

        queue.Complete();

        Assert.False(queue.TryEnqueue(2));
        Assert.Equal(1, queue.Pending);
        Assert.True(queue.Reader.TryRead(out var item));
        Assert.Equal(1, item);
        Assert.True(queue.Reader.Completion.IsCompleted);
    }
}
