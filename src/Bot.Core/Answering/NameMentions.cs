using Bot.Core.Facts;
using Bot.Core.Text;

namespace Bot.Core.Answering;

/// <summary>Links a typed name to the article: first to an extracted entity, else to the sentences that contain
/// every word of the name, each word allowed a small misspelling ("Zhao Lijan" finds "Zhao Lijian").</summary>
internal static class NameMentions
{
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "the", "a", "an", "of", "mr", "mrs", "ms", "dr" };

    // 0.44 lets one part of a two-word name through ("Zhao" for "Zhao Lijian", whose surname comes first).
    public static Entity? FindEntity(AnswerContext context, string name, double threshold = 0.44) =>
        context.Entities.FindBest(name, threshold)?.Entity;

    /// <summary>True when the statement's speaker (or, with <paramref name="orVia"/>, its reporting source) is the
    /// entity: the entity that name matches best, so "TikTok" is TikTok and not "a TikTok spokesperson".</summary>
    public static bool Speaks(AnswerContext context, Statement statement, Entity entity, bool orVia = false) =>
        ReferenceEquals(context.SpeakerOf(statement), entity)
        || (orVia && ReferenceEquals(context.ViaOf(statement), entity));

    /// <summary>The sentences that contain every word of the name, and the name as the article spells it.</summary>
    public static (IReadOnlyList<int> Sentences, string Spelling) FindSentences(AnswerContext context, string name)
    {
        var words = NameWords.Of(name).Where(w => !Fillers.Contains(w)).ToList();
        if (words.Count == 0)
        {
            return ([], name);
        }

        var variants = words.Select(w => Variants(context, w)).ToList();
        if (variants.Any(v => v.Count == 0))
        {
            return ([], name);
        }

        var sentences = new List<int>();
        for (var i = 0; i < context.Sentences.Count; i++)
        {
            var sentenceWords = context.Words[i];
            if (variants.All(v => v.Any(sentenceWords.Contains)))
            {
                sentences.Add(i);
            }
        }

        return (sentences, Spelling(context, sentences, variants) ?? name);
    }

    private static List<string> Variants(AnswerContext context, string word)
    {
        var allowed = NameMatcher.AllowedEdits(word);
        if (context.Vocabulary.Contains(word))
        {
            // A name the article spells two ways ("Kanter", "Kantor") is found under both; plain words are not.
            return allowed == 0 || !context.NameVocabulary.Contains(word)
                ? [word]
                : [word, .. context.NameVocabulary.Where(v => v != word && Close(v, word, allowed))];
        }

        return allowed == 0 ? [] : [.. context.Vocabulary.Where(v => Close(v, word, allowed))];
    }

    private static bool Close(string candidate, string word, int allowed) => EditDistance.Within(candidate, word, allowed) <= allowed;


    // The words as written in the first sentence that has them all, in the order the article has them.
    private static string? Spelling(AnswerContext context, IReadOnlyList<int> sentences, List<List<string>> variants)
    {
        if (sentences.Count == 0)
        {
            return null;
        }

        var text = context.Sentences[sentences[0]].Text;
        var tokens = text.Split([' ', ',', '.', ':', ';', '"', '“', '”', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
        var picked = tokens.Where(t => NameWords.Of(t).Any(w => variants.Any(v => v.Contains(w)))).ToList();
        return picked.Count == 0 ? null : string.Join(' ', picked.Distinct(StringComparer.OrdinalIgnoreCase));
    }
}
