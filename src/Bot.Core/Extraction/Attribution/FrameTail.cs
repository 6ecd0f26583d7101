using System.Text.RegularExpressions;

namespace Bot.Core.Extraction.Attribution;

/// <summary>What stands after a cue or before its content: adverbials up to the sentence end, a quotation
/// that continues, or the sentence or quotation a "..., X said" closes.</summary>
internal static partial class FrameTail
{
    internal static bool CommaFollows(string text, int from)
    {
        var i = AttributionFinder.Skip(text, from, text.Length);
        if (i >= text.Length || text[i] != ',')
        {
            return false;
        }

        var next = AttributionFinder.Skip(text, i + 1, text.Length);
        return next < text.Length && !QuoteMap.IsQuote(text[next]) && char.IsLetter(text[next]);
    }

    internal static bool QuotationFollows(string text, int from)
    {
        var i = AttributionFinder.Skip(text, from, text.Length);
        if (i < text.Length && text[i] is ',' or ':')
        {
            i = AttributionFinder.Skip(text, i + 1, text.Length);
        }

        return i < text.Length && QuoteMap.IsQuote(text[i]);
    }

    /// <summary>Where the content before a "..., X said" starts: the quotation that ends there, else the
    /// sentence that ends there (a unit may hold several sentences).</summary>
    internal static int ClauseStart(string text, QuoteMap quotes, int end)
    {
        var closing = end - 1;
        while (closing > 0 && text[closing] is ',' or ' ')
        {
            closing--;
        }

        foreach (var region in quotes.Regions)
        {
            if (region.End == closing + 1 && QuoteMap.IsQuote(text[closing]) && OpensSentence(text, region.Start))
            {
                return region.Start;
            }
        }

        return AttributionFinder.Skip(text, AttributionFinder.SentenceStart(text, quotes, end), end);
    }

    internal static bool OpensSentence(string text, int position)
    {
        var j = position - 1;
        while (j >= 0 && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        return j < 0 || text[j] is '.' or '!' or '?' or '"' or '”' or ':';
    }

    internal static TextSpan? Continuation(string text, QuoteMap quotes, int from)
    {
        // ", "more"" in the same sentence, perhaps after a participle clause (", referring to X, "more""),
        // or a quotation that opens the next sentence.
        for (var j = from; j < text.Length; j++)
        {
            var c = text[j];
            if (c is '.' or '!' or '?' && (j + 1 >= text.Length || char.IsWhiteSpace(text[j + 1])) && !SpeakerPhrase.EndsAbbreviation(text, j, from))
            {
                var next = AttributionFinder.Skip(text, j + 1, text.Length);
                return next < text.Length && QuoteMap.IsQuote(text[next]) && quotes.StartingAt(next) is { } region ? region : null;
            }

            if (c == ',')
            {
                var q = AttributionFinder.Skip(text, j + 1, text.Length);
                if (q < text.Length && QuoteMap.IsQuote(text[q]) && quotes.StartingAt(q) is { } region)
                {
                    return region;
                }
            }
            else if (QuoteMap.IsQuote(c))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Nothing but adverbials after the cue up to the end, a further quotation or a participle.</summary>
    /// <param name="addressee">The cue takes an addressee ("told reporters", "told The Daily Star on Monday").</param>
    internal static bool TailIsEnd(string text, QuoteMap quotes, int from, bool addressee = true)
    {
        var comma = -1;
        var end = text.Length;
        for (var j = from; j < text.Length; j++)
        {
            if (text[j] == ',')
            {
                comma = j;
                break;
            }

            // The sentence ends here; a unit may hold the next one too.
            if (text[j] is '.' or '!' or '?' && j + 1 < text.Length && char.IsWhiteSpace(text[j + 1]) && !SpeakerPhrase.EndsAbbreviation(text, j, from))
            {
                end = j;
                break;
            }

            if (QuoteMap.IsQuote(text[j]) && !(j > from && text[j - 1] is '.' or '!' or '?'))
            {
                return false;
            }
        }

        var head = text[from..(comma < 0 ? end : comma)].Trim().TrimEnd('.', '!', '?', '"', '”').Trim();
        var words = head.Length == 0 ? [] : head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 6 || words.Any(w => w is "that" or "to" || w.EndsWith(':') || CueLexicon.ClauseWords.Contains(w) || CueLexicon.LeftStops.Contains(w)))
        {
            return false;
        }

        // Only adverbials may follow: "said on Monday", "told reporters", "wrote in a statement". A verb without an
        // addressee that has words after it has its object there ("Vega described the illness"), not its content.
        if (words.Length > 0 && !CueLexicon.ModifierStarts.Contains(words[0]) && !(addressee && words.Length <= 3 && char.IsLower(words[0][0]) && !CueLexicon.ClauseWords.Contains(words[0]))
            && !(addressee && IsAddressee(words)))
        {
            return false;
        }

        if (comma < 0)
        {
            return true;
        }

        var next = AttributionFinder.Skip(text, comma + 1, text.Length);
        return next >= text.Length
            || QuoteMap.IsQuote(text[next])
            || Subordinate().IsMatch(text.AsSpan(next))
            || CueLexicon.Participle().IsMatch(text, comma)
            || text.AsSpan(next).StartsWith("who ", StringComparison.Ordinal)
            || text.AsSpan(next).StartsWith("which ", StringComparison.Ordinal)
            || words.Length == 0 && text.AsSpan(next).StartsWith("according", StringComparison.Ordinal);
    }

    /// <summary>"The Huffington Post on Thursday": a name, perhaps with a modifier after it.</summary>
    private static bool IsAddressee(string[] words)
    {
        var k = 0;
        if (words[0] is "The" or "the")
        {
            k++;
        }

        var name = 0;
        while (k < words.Length && char.IsUpper(words[k][0]))
        {
            k++;
            name++;
        }

        return name > 0 && (k == words.Length || CueLexicon.ModifierStarts.Contains(words[k]));
    }

    [GeneratedRegex(@"^(?:as|while|when|after|before|because|although|though|even|since|but|in|at|on|during|according|adding|noting|saying|and\s+(?:added|noted|said))\b")]
    private static partial Regex Subordinate();
}
