using System.Text.RegularExpressions;
using Bot.Core.Articles;

namespace Bot.Core.Extraction.Entities;

/// <summary>A citable sentence split into words, shared by the entity rules.</summary>
internal sealed partial class SentenceView
{
    public SentenceView(ArticleSentence sentence, int index, bool heading)
    {
        Sentence = sentence;
        Index = index;
        Text = sentence.Text;
        Tokens = Tokenize(Text);
        TitleCase = heading || LooksTitleCase(Tokens);
    }

    public ArticleSentence Sentence { get; }

    /// <summary>Position of the sentence in the article's reading order.</summary>
    public int Index { get; }

    public string Text { get; }

    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>A heading, or a line in headline style (most words capitalised): names in it are only trusted when the body uses them.</summary>
    public bool TitleCase { get; }

    /// <summary>True when only spaces separate token <paramref name="i"/> from the one before it.</summary>
    public bool SpaceBefore(int i)
    {
        if (i <= 0 || i >= Tokens.Count)
        {
            return false;
        }

        for (var c = Tokens[i - 1].End; c < Tokens[i].Start; c++)
        {
            if (!char.IsWhiteSpace(Text[c]))
            {
                return false;
            }
        }

        return Tokens[i - 1].End < Tokens[i].Start;
    }

    /// <summary>The text between token <paramref name="i"/> and the one before it (or the sentence start).</summary>
    public ReadOnlySpan<char> GapBefore(int i) =>
        i <= 0 ? Text.AsSpan(0, Tokens[0].Start) : Text.AsSpan(Tokens[i - 1].End, Tokens[i].Start - Tokens[i - 1].End);

    /// <summary>First word of the sentence, or of a quotation or a clause after a colon: capitalised by position, not by being a name.</summary>
    public bool OpensSentence(int i)
    {
        if (i == 0)
        {
            return true;
        }

        foreach (var c in GapBefore(i))
        {
            if (c is '"' or '“' or '‘' or ':' or '(' or '—' or '–' or '[')
            {
                return true;
            }
        }

        return false;
    }

    private static List<Token> Tokenize(string text)
    {
        // About one word in six characters of English; presizing spares the list its regrowths.
        var tokens = new List<Token>((text.Length / 6) + 4);
        foreach (var m in WordPattern().EnumerateMatches(text))
        {
            var raw = text.AsSpan(m.Index, m.Length);
            var end = m.Index + m.Length;
            var possessive = false;
            if (raw.Length > 2 && (raw.EndsWith("'s", StringComparison.Ordinal) || raw.EndsWith("’s", StringComparison.Ordinal)))
            {
                raw = raw[..^2];
                possessive = true;
            }
            else if (raw.Length > 1 && raw[^1] == 's' && end < text.Length && text[end] is '\'' or '’'
                && (end + 1 >= text.Length || !char.IsLetter(text[end + 1])))
            {
                end++;
                possessive = true;
            }

            var apostrophe = raw.LastIndexOfAny('\'', '’');
            if (apostrophe > 0 && raw[(apostrophe + 1)..] is "d" or "ll" or "re" or "ve" or "m" or "t")
            {
                // Contractions ("I’d", "we're") are function words, not names.
                var cut = raw[(apostrophe - 1)..apostrophe] is "n" && raw[(apostrophe + 1)..] is "t" ? apostrophe - 1 : apostrophe;
                raw = cut > 0 ? raw[..cut] : raw;
            }

            var word = raw.ToString();
            tokens.Add(new Token(word, word.ToLowerInvariant(), m.Index, end, possessive));
        }

        return tokens;
    }

    private static bool LooksTitleCase(IReadOnlyList<Token> tokens)
    {
        var content = 0;
        var capitalised = 0;
        foreach (var t in tokens)
        {
            if (!char.IsLetter(t.Text[0]) || (EntityLexicon.CommonWords.Contains(t.Text) && !t.IsAcronym))
            {
                continue;
            }

            content++;
            if (t.IsCapitalized)
            {
                capitalised++;
            }
        }

        // Headline style capitalises every content word; a sentence has at least one lowercase one.
        return content >= 2 && capitalised == content;
    }

    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’&](?:(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+))*")]
    private static partial Regex WordPattern();
}
