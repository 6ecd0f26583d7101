using Bot.Core.Articles;
using Bot.Core.Extraction.Entities;
using Bot.Core.Facts;

namespace Bot.Core.Extraction;

/// <summary>Finds people, organisations, places and groups by general rules.</summary>
public static class EntityExtractor
{
    /// <summary>How many words a name found in a heading may have.</summary>
    private const int MaxHeadingNameTokens = 4;

    /// <summary>Entities in order of first mention, each with every sentence that names it; and the spellings the article disagrees on.</summary>
    public static EntityExtraction Extract(ArticleDocument article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var views = new List<SentenceView>(article.Sentences.Count);
        foreach (var paragraph in article.Paragraphs)
        {
            var heading = paragraph.Kind is BlockKind.Heading or BlockKind.Title;
            foreach (var sentence in paragraph.Sentences)
            {
                views.Add(new SentenceView(sentence, views.Count, heading));
            }
        }

        var body = views.Where(v => !v.TitleCase).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var view in body)
        {
            MentionFinder.CollectInsideWords(view, seen);
        }

        var finder = new MentionFinder(seen);
        var mentions = new List<Mention>();
        foreach (var view in body)
        {
            foreach (var mention in finder.Find(view))
            {
                DescriptionRules.Apply(mention);
                mentions.Add(mention);
            }
        }

        foreach (var mention in finder.Doubtful)
        {
            DescriptionRules.Apply(mention);
        }

        PronounEvidence.Apply(body, mentions, finder.Doubtful);
        var inconsistencies = new List<Inconsistency>();
        var clusters = AliasJoiner.Join(mentions, finder.Doubtful, inconsistencies);
        CiteHeadings(views.Where(v => v.TitleCase), clusters);
        var referredBack = DefiniteDescriptions.Resolve(body, clusters);

        var entities = clusters.Select(c => (c.FirstIndex, Entity: c.ToEntity()))
            .Concat(GenericEntities(body, referredBack))
            .OrderBy(e => e.Item1)
            .Select(e => e.Item2)
            .ToList();
        return new EntityExtraction(entities, inconsistencies);
    }

    /// <summary>Headings are in title case, so only names the body also uses are taken from them.</summary>
    private static void CiteHeadings(IEnumerable<SentenceView> headings, List<EntityCluster> clusters)
    {
        var byForm = new Dictionary<string, EntityCluster>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            foreach (var mention in cluster.Mentions)
            {
                byForm.TryAdd(EntityCluster.KeyOf(mention.Name), cluster);
            }
        }

        foreach (var view in headings)
        {
            var tokens = view.Tokens;
            for (var a = 0; a < tokens.Count; a++)
            {
                for (var b = Math.Min(tokens.Count - 1, a + MaxHeadingNameTokens - 1); b >= a; b--)
                {
                    var form = view.Text[tokens[a].Start..tokens[b].NameEnd];
                    if (tokens[a].IsCapitalized && byForm.TryGetValue(EntityCluster.KeyOf(form), out var cluster))
                    {
                        cluster.HeadingSentences.Add(view);
                        a = b;
                        break;
                    }
                }
            }
        }
    }

    /// <param name="referredBack">Phrases that refer back to a named entity ("the engineer"), by sentence and key: no unnamed speakers.</param>
    private static IEnumerable<(int, Entity)> GenericEntities(List<SentenceView> body, HashSet<(int Sentence, string Key)> referredBack)
    {
        var byKey = new Dictionary<string, (int First, string Name, EntityKind Kind, List<SentenceView> Sentences)>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var view in body)
        {
            foreach (var (name, kind, sentence) in GenericSpeakerFinder.Find(view))
            {
                var key = GenericSpeakerFinder.Key(name);
                if (referredBack.Contains((sentence.Index, key)))
                {
                    continue;
                }

                if (!byKey.TryGetValue(key, out var entry))
                {
                    entry = (sentence.Index, name, kind, []);
                    byKey.Add(key, entry);
                    order.Add(key);
                }

                if (!entry.Sentences.Contains(sentence))
                {
                    entry.Sentences.Add(sentence);
                }
            }
        }

        return order.Select(key => byKey[key]).Select(e => (e.First,
            new Entity(e.Name, e.Kind, [], [], [.. e.Sentences.Select(s => Citation.Of(s.Sentence))], Generic: true)));
    }
}
