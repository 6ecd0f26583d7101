using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Core.Facts;

namespace Bot.Core.Extraction.Sourcing;

/// <summary>Press conferences, briefings and interviews at which statements were made.</summary>
internal static partial class PressConferences
{
    public static IEnumerable<Source> Find(ArticleDocument article, IReadOnlyList<Statement> statements)
    {
        foreach (var sentence in article.Sentences)
        {
            var m = Occasion().Match(sentence.Text);
            if (!m.Success)
            {
                continue;
            }

            var citation = Citation.Of(sentence);
            var backed = statements.Where(s => s.Citations.Contains(citation)).ToList();
            var phrase = m.Groups["occasion"].Value;
            var description = backed.Count > 0 ? $"{phrase}, where {backed[0].Speaker} spoke" : phrase;
            yield return new Source(phrase, SourceKind.PressConference, description, false, [.. backed.Select(s => s.Content)], [citation]);
        }
    }

    [GeneratedRegex(@"\b(?:at|in|during)\s+(?<occasion>(?:a|an|the|his|her|its|their|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+){0,3}?(?:press conference|news conference|press briefing|briefing|public interview|interview|news briefing|hearing))\b")]
    private static partial Regex Occasion();
}
