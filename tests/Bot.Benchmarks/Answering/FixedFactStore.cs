using Bot.Core.Facts;

namespace Bot.Benchmarks.Answering;

internal sealed class FixedFactStore(ArticleFacts facts) : IFactStore
{
    public ArticleFacts? Current { get; } = facts;
}
