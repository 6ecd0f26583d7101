using Bot.Core.Articles;
using Bot.Core.Facts;

namespace Bot.Core.Extraction.Attribution;

/// <summary>Turns a placed attribution into a statement: content trimmed of its complementiser,
/// quotations checked word for word, and the stance read from hedging words.</summary>
internal static class StatementBuilder
{
    public static Statement? Build(ArticleAttribution a, string speaker, string? via)
    {
        ArgumentNullException.ThrowIfNull(a);
        var citations = a.Sentences.Select(Citation.Of).ToList();
        var article = string.Join(' ', a.Sentences.Select(s => s.Text));
        if (string.IsNullOrWhiteSpace(speaker))
        {
            return null;
        }

        var parts = a.ContentTexts.Select(c => a.Direct ? Unquote(c) : StripThat(c.Trim())).Where(c => c.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var direct = a.Direct && parts.TrueForAll(p => article.Contains(p, StringComparison.Ordinal));
        var content = string.Join(a.Direct ? " ... " : " ", parts);
        var verb = via is null ? Verb(a.CueText) : "quoted as saying";
        var stance = CueLexicon.Hedge().IsMatch(a.Unit) ? Stance.Hedged : Stance.Attributed;
        return new Statement(speaker, verb, content, direct, stance, citations, via);
    }

    /// <summary>A sentence that hedges a claim without naming a source.</summary>
    public static Statement? Hedged(ArticleSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var m = CueLexicon.Hedge().Match(sentence.Text);
        if (!m.Success)
        {
            return null;
        }

        var content = sentence.Text.Trim().TrimEnd('.');
        return new Statement(StatementExtractor.ArticleVoice, m.Value.ToLowerInvariant(), content, false, Stance.Hedged, [Citation.Of(sentence)]);
    }

    private static string Verb(string cue)
    {
        var verb = string.Join(' ', cue.ToLowerInvariant().Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd(':');

        // A speaker label ("SMITH:", "Jane Doe ―") reports speech without a verb.
        return verb.Any(char.IsLetter) ? verb : "said";
    }

    private static string StripThat(string content)
    {
        foreach (var lead in (string[])["that, ", "that "])
        {
            if (content.StartsWith(lead, StringComparison.Ordinal))
            {
                return content[lead.Length..].Trim();
            }
        }

        return content;
    }

    /// <summary>The quoted words without their marks or the comma that hands over to the cue.</summary>
    private static string Unquote(string quoted)
    {
        var t = quoted.Trim();
        if (t.Length > 0 && t[0] is '"' or '“')
        {
            t = t[1..];
        }
        else if (t.StartsWith("''", StringComparison.Ordinal))
        {
            t = t[2..];
        }

        if (t.EndsWith("''", StringComparison.Ordinal))
        {
            t = t[..^2];
        }
        else if (t.Length > 0 && t[^1] is '"' or '”')
        {
            t = t[..^1];
        }

        return t.Trim().TrimEnd(',').Trim();
    }
}
