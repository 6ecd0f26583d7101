using Bot.Core.Articles;
using Bot.Core.Extraction.Attribution;
using Bot.Core.Facts;

namespace Bot.Core.Extraction;

/// <summary>Finds who said what by general rules of attribution.</summary>
public static class StatementExtractor
{
    /// <summary>The speaker of statements the article makes in its own voice.</summary>
    public const string ArticleVoice = "the article";

    /// <summary>Every statement the article reports, in reading order, and hedged claims it makes without a source.</summary>
    /// <param name="entities">The article's entities; speakers resolve to their names. May be empty.</param>
    public static IReadOnlyList<Statement> Extract(ArticleDocument article, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(entities);
        var attributions = ArticleAttributions.Find(article);
        var resolver = new SpeakerResolver(entities);
        var statements = new List<Statement>();
        var seen = new HashSet<(string, string, string)>();
        var attributed = new HashSet<(int, int)>();
        foreach (var a in attributions)
        {
            var speaker = resolver.Resolve(a);
            if (StatementBuilder.Build(a, speaker, a.ViaText is { } via ? resolver.ResolveName(SpeakerName.Clean(via)) : null) is { } statement
                && seen.Add((statement.Speaker, statement.Verb, statement.Content)))
            {
                statements.Add(statement);
                foreach (var s in a.Sentences)
                {
                    attributed.Add((s.Paragraph, s.Number));
                }
            }
        }

        foreach (var sentence in article.Sentences)
        {
            if (!attributed.Contains((sentence.Paragraph, sentence.Number)) && StatementBuilder.Hedged(sentence) is { } hedged)
            {
                statements.Add(hedged);
            }
        }

        return [.. statements.OrderBy(s => s.Citations[0].Paragraph).ThenBy(s => s.Citations[0].Sentence)];
    }
}
