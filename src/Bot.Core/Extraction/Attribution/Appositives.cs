using System.Text.RegularExpressions;

namespace Bot.Core.Extraction.Attribution;

/// <summary>Appositives around a speaker's name: "Jane Doe, a lawyer for the firm, said" and
/// "..., said Jane Doe, a lawyer for the firm."</summary>
internal static partial class Appositives
{
    /// <summary>"Maria Lopez, of Dayton, Ohio, said": the left chunk ends where someone lives, so the name before
    /// the "of" is the speaker. Returns that name, or null.</summary>
    internal static TextSpan? NameBeforeResidence(string text, int end)
    {
        // The range is the whole input to the engine, so "$" anchors at the chunk's end without a copy of the text.
        var m = Residence().Match(text, 0, end);
        if (!m.Success)
        {
            return null;
        }

        var name = new TextSpan(m.Groups["name"].Index, m.Groups["name"].Index + m.Groups["name"].Length);
        return OpensWithModifier(text, name, fillers: true) ? null : name;
    }

    /// <summary>The span's first word starts a modifier ("at a forum") or, with <paramref name="fillers"/>, is a
    /// word that introduces the clause ("But"): either way not a name.</summary>
    internal static bool OpensWithModifier(string text, TextSpan span, bool fillers)
    {
        var first = SpeakerPhrase.Clean(text, new TextSpan(span.Start, NextSpace(text, span.Start, span.End)));
        return CueLexicon.ModifierStarts.Contains(first) || (fillers && CueLexicon.LeadingFillers.Contains(first));
    }

    /// <summary>"Jane Doe, a lawyer, said": the left chunk is an appositive to a name before the comma.</summary>
    internal static TextSpan? NameBeforeAppositive(string text, TextSpan chunk, int boundary)
    {
        if (boundary < 0 || text[boundary] != ',' || !char.IsLower(text[chunk.Start]))
        {
            return null;
        }

        var first = SpeakerPhrase.Clean(text, new TextSpan(chunk.Start, NextSpace(text, chunk.Start, chunk.End)));
        if (first is not ("a" or "an" or "the" or "who" or "one" or "its" or "his" or "her" or "their" or "former" or "head" or "chief"))
        {
            return null;
        }

        var name = SpeakerPhrase.LeftOf(text, boundary, 0, out _);
        if (name is not { } n || !AllCapitalised(text, n))
        {
            return null;
        }

        return OpensWithModifier(text, n, fillers: true) ? null : n;
    }

    internal static int? AppositiveEnd(string text, int at)
    {
        if (at >= text.Length || text[at] != ',')
        {
            return null;
        }

        var start = AttributionFinder.Skip(text, at + 1, text.Length);
        var wordEnd = NextSpace(text, start, text.Length);
        var first = SpeakerPhrase.Clean(text, new TextSpan(start, wordEnd));
        var relative = first is "who" or "whose" or "which";
        if (first.Length == 0 || CueLexicon.LeftStops.Contains(first) && !relative || CueLexicon.ParticipleSet.Contains(first))
        {
            return null;
        }

        for (var j = start; j < text.Length; j++)
        {
            if (text[j] == ',' && j + 2 < text.Length && QuoteMap.IsQuote(text[AttributionFinder.Skip(text, j + 1, text.Length)]))
            {
                return j;
            }

            if (text[j] is '.' or '!' or '?' && (j + 1 == text.Length || char.IsWhiteSpace(text[j + 1])) && !SpeakerPhrase.EndsAbbreviation(text, j, start))
            {
                return j;
            }

            if (j > start && char.IsWhiteSpace(text[j - 1])
                && (string.CompareOrdinal(text, j, "who ", 0, 4) == 0 || string.CompareOrdinal(text, j, "whom ", 0, 5) == 0
                    || string.CompareOrdinal(text, j, "which ", 0, 6) == 0 || string.CompareOrdinal(text, j, "that ", 0, 5) == 0))
            {
                relative = true;
            }

            // An appositive is a noun phrase: a finite verb outside a relative clause means the sentence goes on.
            if (!relative && j > start && char.IsWhiteSpace(text[j - 1]) && char.IsLetter(text[j])
                && CueLexicon.FiniteVerbs.Contains(SpeakerPhrase.Clean(text, new TextSpan(j, NextSpace(text, j, text.Length)))))
            {
                return null;
            }

            if (QuoteMap.IsQuote(text[j]) && !(j > start && text[j - 1] is '.' or ','))
            {
                return null;
            }
        }

        return AttributionFinder.TrimEnd(text, start, text.Length);
    }

    internal static bool AllCapitalised(string text, TextSpan span)
    {
        var atWordStart = true;
        for (var j = span.Start; j < span.End; j++)
        {
            if (char.IsWhiteSpace(text[j]))
            {
                atWordStart = true;
                continue;
            }

            if (atWordStart && char.IsLetter(text[j]) && !char.IsUpper(text[j]))
            {
                return false;
            }

            atWordStart = false;
        }

        return true;
    }

    internal static int NextSpace(string text, int from, int limit)
    {
        var j = from;
        while (j < limit && !char.IsWhiteSpace(text[j]))
        {
            j++;
        }

        return j;
    }

    /// <summary>The name in "Jane Doe, a lawyer, said" or "The firm's lawyer, Jane Doe, said"; the whole
    /// phrase from its first word is the extent.</summary>
    internal static (TextSpan Name, int ExtentStart)? Appositive(string text, int comma)
    {
        if (NameBeforeResidence(text, comma) is { } resident)
        {
            return (resident, resident.Start);
        }

        var previous = comma - 1;
        while (previous >= 0 && text[previous] != ',')
        {
            // "who served as U.S. ambassador": an abbreviation's period stays inside the appositive.
            if (text[previous] is ';' or ':' or '"' or '“' or '”' || (text[previous] == '.' && !SpeakerPhrase.EndsAbbreviation(text, previous, 0)))
            {
                return null;
            }

            previous--;
        }

        // "Schiff, 56, who has served ...,": an age between commas stays with the name.
        if (previous > 0 && AgeBefore(text, previous) is { } ageComma)
        {
            previous = ageComma;
        }

        if (previous < 0 || SpeakerPhrase.LeftOf(text, previous, 0, out var b) is not { } outer
            || !(b < 0 || text[b] is ',' or '.' or ':' or ';' || b < Dateline.End(text)))
        {
            return null;
        }

        // "The state's campaign chairman, Phil Lovas, said": the name is the inner part.
        var inner = SpeakerPhrase.LeftOf(text, comma, 0, out var b2);
        return inner is { } i && b2 == previous && AllCapitalised(text, i) && !AllCapitalised(text, outer)
            ? (i, outer.Start)
            : (outer, outer.Start);
    }

    /// <summary>The comma before ", 56" when a bare age stands right before <paramref name="comma"/>.</summary>
    private static int? AgeBefore(string text, int comma)
    {
        var j = comma - 1;
        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        var digits = 0;
        while (j >= 0 && char.IsAsciiDigit(text[j]))
        {
            j--;
            digits++;
        }

        while (j >= 0 && text[j] == ' ')
        {
            j--;
        }

        return digits is >= 1 and <= 3 && j > 0 && text[j] == ',' ? j : null;
    }

    /// <summary>"Kall -- co-editor of a book on the debates -- said": a name, then an aside between dashes, right
    /// before the verb. Returns the name and where the aside's opening dash stands.</summary>
    internal static (TextSpan Name, int Dash)? NameBeforeDashedAside(string text, int cueStart)
    {
        var j = AttributionFinder.Before(text, cueStart);
        var dash = j >= 1 && text[j] == '-' && text[j - 1] == '-' ? "--" : j >= 0 && text[j] is '—' or '–' ? text[j].ToString() : null;
        if (dash is null)
        {
            return null;
        }

        var closing = j - dash.Length + 1;
        var opening = text.LastIndexOf(dash, closing - 1, StringComparison.Ordinal);
        if (opening < 0 || closing - opening > MaxAside || text.AsSpan(opening, closing - opening).IndexOfAny(".;\"“”") >= 0)
        {
            return null;
        }

        return SpeakerPhrase.LeftOf(text, opening, 0, out _) is { } name && AllCapitalised(text, name) ? (name, opening) : null;
    }

    // An aside longer than this is a sentence of its own, not a description of the speaker.
    private const int MaxAside = 160;

    /// <summary>""It is an overreach," Tom Hale, the state's treasurer, said": a name after a closing quotation, with
    /// up to two appositives before the comma that ends them. Returns the name and the quotation's last mark.</summary>
    internal static (TextSpan Name, int QuoteEnd)? NameAfterQuotation(string text, int comma)
    {
        var at = comma;
        for (var hops = 0; hops < 3 && at > 0; hops++)
        {
            var previous = text.LastIndexOf(',', at - 1);
            if (previous < 0 || text.AsSpan(previous, at - previous).IndexOfAny("\"“”;:") >= 0)
            {
                return null;
            }

            if (SpeakerPhrase.LeftOf(text, previous, 0, out var b) is { } name && AllCapitalised(text, name) && AttributionFinder.AfterClosingQuote(text, b))
            {
                return (name, b);
            }

            at = previous;
        }

        return null;
    }

    /// <summary>"According to the city's engineer, Jane Doe, ...": the description is followed by the name it
    /// describes, which is the source. Returns the name, or null when no name follows.</summary>
    internal static TextSpan? NameAfterDescription(string text, TextSpan description)
    {
        var first = SpeakerPhrase.Clean(text, new TextSpan(description.Start, NextSpace(text, description.Start, description.End)));
        var determined = first is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "our" || first.EndsWith("'s", StringComparison.Ordinal) || first.EndsWith("’s", StringComparison.Ordinal);
        if (!determined || description.End >= text.Length || text[description.End] != ',')
        {
            return null;
        }

        var start = AttributionFinder.Skip(text, description.End + 1, text.Length);
        var comma = text.IndexOf(',', start);
        if (comma < 0 || comma - start > 60)
        {
            return null;
        }

        var name = new TextSpan(start, comma);
        var words = name.Of(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 5 && AllCapitalised(text, name) && char.IsLetter(text[start])
            && !CueLexicon.LeadingFillers.Contains(words[0]) && !CueLexicon.ModifierStarts.Contains(words[0].ToLowerInvariant())
            ? name
            : null;
    }

    private const string Capitalised = @"[A-Z][\p{L}'’.-]*";

    [GeneratedRegex(@"(?:^|(?<=[\s""“(]))(?<name>" + Capitalised + @"(?:\s+" + Capitalised + @"){0,3}),\s+of\s+" + Capitalised + @"(?:\s+" + Capitalised + @"){0,2}(?:,\s+" + Capitalised + @"(?:\s+" + Capitalised + @")?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Residence();
}
