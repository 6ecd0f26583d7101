using Bot.Core.Facts;

namespace Bot.Core.Extraction.Entities;

/// <summary>"Trump spoke first. He said ...": a sentence subject that the next sentence calls "he" or "she" is a person.</summary>
internal static class PronounEvidence
{
    private static readonly HashSet<string> PersonalPronouns = WordSet.Of("he she his her");

    /// <summary>Adds the evidence to <paramref name="mentions"/>, and moves doubtful sentence-opening words so referred to into them.</summary>
    public static void Apply(IReadOnlyList<SentenceView> body, List<Mention> mentions, List<Mention> doubtful)
    {
        var next = new Dictionary<int, SentenceView>();
        for (var i = 0; i + 1 < body.Count; i++)
        {
            if (body[i + 1].Sentence.Paragraph == body[i].Sentence.Paragraph && body[i + 1].Tokens.Count > 0)
            {
                next[body[i].Index] = body[i + 1];
            }
        }

        bool ReferredTo(Mention m) =>
            m.FirstToken == 0 && m.TokenCount == 1 && next.TryGetValue(m.Sentence.Index, out var following)
            && PersonalPronouns.Contains(following.Tokens[0].Lower);

        foreach (var m in mentions.Where(ReferredTo))
        {
            m.Votes.Add(EntityKind.Person, 1);
        }

        // Plural nouns and short interjections open sentences too ("Visitors ...", "Yep ...").
        var promoted = doubtful.Where(m => m.Name.Length >= 4 && !m.Name.EndsWith('s') && ReferredTo(m)).ToList();
        foreach (var m in promoted)
        {
            m.Votes.Add(EntityKind.Person, 1);
            doubtful.Remove(m);
            mentions.Add(m);
        }

        if (promoted.Count > 0)
        {
            mentions.Sort((x, y) => x.Sentence.Index != y.Sentence.Index ? x.Sentence.Index.CompareTo(y.Sentence.Index) : x.FirstToken.CompareTo(y.FirstToken));
        }
    }
}
