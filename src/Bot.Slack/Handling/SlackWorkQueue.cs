using System.Threading.Channels;

namespace Bot.Slack.Handling;

/// <summary>The bounded queue between acknowledging Slack and answering: a full queue is refused, never grown.</summary>
internal sealed class SlackWorkQueue
{
    public const int Capacity = 256;

    private readonly Channel<SlackWork> channel = Channel.CreateBounded<SlackWork>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public bool TryEnqueue(SlackWork work) => channel.Writer.TryWrite(work);

    public ChannelReader<SlackWork> Reader => channel.Reader;
}
