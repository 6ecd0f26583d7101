using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>Collects an answer's citations once each, in the order they are first referred to.</summary>
internal sealed class CitationList
{
    private readonly List<Citation> _citations = [];
    private readonly HashSet<(int, int)> _seen = [];

    public IReadOnlyList<Citation> Items => _citations;

    public void Add(Citation citation)
    {
        if (_seen.Add((citation.Paragraph, citation.Sentence)))
        {
            _citations.Add(citation);
        }
    }

    public void AddRange(IEnumerable<Citation> citations)
    {
        foreach (var citation in citations)
        {
            Add(citation);
        }
    }

    /// <summary>The answer's citations: the item citations in item order, then any others added.</summary>
    public static IReadOnlyList<Citation> For(IEnumerable<AnswerItem> items, IEnumerable<Citation>? first = null)
    {
        var list = new CitationList();
        if (first is not null)
        {
            list.AddRange(first);
        }

        foreach (var item in items)
        {
            list.AddRange(item.Citations);
        }

        return list.Items;
    }
}
