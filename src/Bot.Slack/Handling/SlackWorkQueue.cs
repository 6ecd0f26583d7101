using Bot.Adapters;

namespace Bot.Slack.Handling;

/// <summary>Slack's reply queue: what was acknowledged and is still to be answered.</summary>
internal sealed class SlackWorkQueue() : ReplyQueue<SlackWork>(Capacity, "slack")
{
    public const int Capacity = 256;
}
