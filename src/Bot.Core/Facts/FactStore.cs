namespace Bot.Core.Facts;

/// <summary>Holds the snapshot in force; readers never see a half-built one because a snapshot is
/// immutable and replaced by a single reference write.</summary>
public sealed class FactStore : IFactStore
{
    private ArticleFacts? current;

    public FactStore()
    {
    }

    public FactStore(ArticleFacts facts)
    {
        current = facts;
    }

    public ArticleFacts? Current => Volatile.Read(ref current);

    public void Publish(ArticleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Volatile.Write(ref current, facts);
    }
}
