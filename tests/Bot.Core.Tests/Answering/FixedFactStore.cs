using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering;

internal sealed class FixedFactStore(ArticleFacts? facts) : IFactStore
{
    public ArticleFacts? Current { get; } = facts;
}
