using System.Collections.Frozen;
using FuzzySharp;

namespace Bot.Core.Articles;

/// <summary>Decides what each block is (title, heading, caption, boilerplate, paragraph) by general rules of news pages.</summary>
internal static class BlockClassifier
{
    private const int MaxHeadingWords = 12;
    private const int MaxHeadingChars = 100;
    private const int MaxCaptionLineWords = 10;
    private const int MaxTitleWords = 30;

    // Words that stay lower case in Title Case.
    private static readonly FrozenSet<string> MinorWords = FrozenSet.ToFrozenSet(
    [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "vs",
        "via", "into", "onto", "over", "per", "up", "off", "out", "than", "is", "are", "its", "s",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MinorWordLookup = MinorWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> WhiteSpace = System.Buffers.SearchValues.Create(" \t\r\n\u00a0\u2007\u202f\u2009\u200a\u3000");

    public static BlockKind[] Classify(IReadOnlyList<RawBlock> blocks, ArticleMetadata metadata)
    {
        var kinds = new BlockKind[blocks.Count];
        var hardWrapped = IsHardWrapped(blocks);
        var hasTitle = false;
        var seenContent = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            // The title can only be the first block that is not page furniture.
            kinds[i] = Classify(blocks, i, metadata, hasTitle, seenContent);
            if (kinds[i] == BlockKind.Paragraph && !hardWrapped && i > 0 && kinds[i - 1] == BlockKind.Paragraph && blocks[i].Hint == BlockHint.Unknown
                && IsShortLineGroup(blocks[i].Text))
            {
                // One-line paragraphs elsewhere, yet a block of short lines right after a paragraph: a picture's caption lines.
                kinds[i] = BlockKind.Caption;
            }

            hasTitle |= kinds[i] == BlockKind.Title;
            seenContent |= kinds[i] != BlockKind.Boilerplate;
        }

        return kinds;
    }

    /// <summary>True when two titles are the same apart from case, punctuation, a small typo or an added site name.</summary>
    public static bool NearlyEqual(string a, string b)
    {
        var x = Normalize(a);
        var y = Normalize(b);
        if (x.Length == 0 || y.Length == 0)
        {
            return false;
        }

        if (x == y || Fuzz.Ratio(x, y) >= 90)
        {
            return true;
        }

        var (shorter, longer) = x.Length <= y.Length ? (x, y) : (y, x);
        return shorter.Length * 2 >= longer.Length && longer.Contains(shorter, StringComparison.Ordinal);
    }

    private static BlockKind Classify(IReadOnlyList<RawBlock> blocks, int index, ArticleMetadata metadata, bool hasTitle, bool seenContent)
    {
        var block = blocks[index];
        switch (block.Hint)
        {
            case BlockHint.Title:
                // A marked-up headline is the title unless the metadata names a different one.
                return !hasTitle && (metadata.Title is null || NearlyEqual(block.Text, metadata.Title)) ? BlockKind.Title : BlockKind.Heading;
            case BlockHint.Caption:
                return BlockKind.Caption;
            default:
                break;
        }

        var text = block.Text;
        var words = CountWords(text);
        if (BlockLexicon.IsBoilerplate(text, words))
        {
            return BlockKind.Boilerplate;
        }

        if (block.Hint == BlockHint.Heading)
        {
            return BlockKind.Heading;
        }

        var singleLine = text.AsSpan().IndexOfAny('\r', '\n') < 0;
        // A lone block is the article itself, not a headline over nothing. A marked-up paragraph is the title
        // only when it repeats the title the metadata gives.
        var mayBeTitle = block.Hint == BlockHint.Unknown || (block.Hint == BlockHint.Paragraph && metadata.Title is not null);
        if (mayBeTitle && !hasTitle && !seenContent && index + 1 < blocks.Count)
        {
            var isTitle = metadata.Title is { } title
                ? NearlyEqual(text, title)
                : singleLine && words <= MaxTitleWords && (!EndsWithPeriod(text) || IsTitleCased(text));
            if (isTitle)
            {
                return BlockKind.Title;
            }
        }

        if (IsCaptionGroup(text) || IsNearDuplicateOfNeighbour(blocks, index) || BlockLexicon.IsCaption(text, words))
        {
            return BlockKind.Caption;
        }

        return block.Hint == BlockHint.Unknown && singleLine && LooksLikeHeading(text, words)
            ? BlockKind.Heading
            : BlockKind.Paragraph;
    }

    /// <summary>Several short lines in one block that repeat each other or carry a picture credit.</summary>
    private static bool IsCaptionGroup(string text)
    {
        if (!IsShortLineGroup(text))
        {
            return false;
        }

        var lines = Lines(text);
        for (var i = 0; i < lines.Length; i++)
        {
            if (BlockLexicon.IsCaption(lines[i], CountWords(lines[i])) || (i > 0 && IsShortDuplicate(lines[i], lines[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Two or more lines, each a short phrase opening with a capital, none a list item.</summary>
    private static bool IsShortLineGroup(string text)
    {
        if (!text.Contains('\n', StringComparison.Ordinal))
        {
            return false;
        }

        var lines = Lines(text);
        if (lines.Length < 2)
        {
            return false;
        }

        foreach (var line in lines)
        {
            if (CountWords(line) > MaxCaptionLineWords || !char.IsUpper(line[0]) || IsListItem(line))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Text wrapped at a fixed width has long lines that continue on the next one.</summary>
    private static bool IsHardWrapped(IReadOnlyList<RawBlock> blocks)
    {
        foreach (var block in blocks)
        {
            var rest = block.Text.AsSpan();
            for (var newline = rest.IndexOf('\n'); newline >= 0; newline = rest.IndexOf('\n'))
            {
                if (CountWords(rest[..newline]) > MaxCaptionLineWords)
                {
                    return true;
                }

                rest = rest[(newline + 1)..];
            }
        }

        return false;
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A short line repeated by the next or previous block (in another case) is a caption and its variant.</summary>
    private static bool IsNearDuplicateOfNeighbour(IReadOnlyList<RawBlock> blocks, int index)
    {
        var text = blocks[index].Text;
        if (CountWords(text) > MaxCaptionLineWords || text.AsSpan().IndexOfAny('\r', '\n') >= 0)
        {
            return false;
        }

        return (index > 0 && IsShortDuplicate(text, blocks[index - 1].Text))
            || (index + 1 < blocks.Count && IsShortDuplicate(text, blocks[index + 1].Text));
    }

    private static bool IsShortDuplicate(string text, string other) =>
        CountWords(other) <= MaxCaptionLineWords && Normalize(text) is { Length: > 0 } a && Normalize(other) is { } b
        && (a == b || Fuzz.Ratio(a, b) >= 90);

    /// <summary>A short line without closing punctuation whose words are mostly capitalised.</summary>
    private static bool LooksLikeHeading(string text, int words) =>
        words > 0 && words <= MaxHeadingWords && text.Length <= MaxHeadingChars
        && text.TrimEnd("\"'”’)") is [.., not ('.' or ',' or ';' or ':' or '!')] && IsTitleCased(text);

    /// <summary>Most words other than articles, conjunctions and short prepositions start with a capital or a digit.</summary>
    private static bool IsTitleCased(string text)
    {
        var capitalised = 0;
        var major = 0;
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            // Words are split on any white space: pasted headlines often hold non-breaking spaces.
            rest = rest.TrimStart();
            var length = rest.IndexOfAny(WhiteSpace);
            var word = (length < 0 ? rest : rest[..length]).TrimStart("\"'“‘(");
            rest = length < 0 ? [] : rest[length..];
            if (word.IsEmpty || !char.IsLetterOrDigit(word[0]))
            {
                continue;
            }

            if (major == 0 && capitalised == 0 && char.IsLower(word[0]))
            {
                return false;
            }

            if (MinorWordLookup.Contains(word.TrimEnd(".,'’")))
            {
                continue;
            }

            major++;
            if (char.IsUpper(word[0]) || char.IsDigit(word[0]))
            {
                capitalised++;
            }
        }

        return major > 0 && capitalised * 4 >= major * 3;
    }

    private static bool EndsWithPeriod(string text) => text.TrimEnd("\"'”’)") is { Length: > 0 } t && t[^1] == '.';

    private static bool IsListItem(string line) =>
        line[0] is '-' or '*' or '•' or '–' || (char.IsDigit(line[0]) && line.TrimStart("0123456789") is [('.' or ')'), ..]);

    internal static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                count++;
            }

            inWord = !isSpace;
        }

        return count;
    }

    private static string Normalize(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(char.ToLowerInvariant(c));
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
