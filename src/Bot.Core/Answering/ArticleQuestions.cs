using System.Text.RegularExpressions;
using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>Questions about the article itself rather than its content: what it is about, when it was published,
/// who wrote it, who it quotes. They are answered from the metadata and the facts, not by search.</summary>
internal static partial class ArticleQuestions
{
    public static Answer? TryAnswer(AnswerContext context, string question)
    {
        var text = question.Trim().TrimEnd('?', '.', '!', ' ');
        if (Published().IsMatch(text))
        {
            return WhenPublished(context, question);
        }

        if (Author().IsMatch(text))
        {
            var author = context.Facts.Article.Metadata.Author;
            return author is { Length: > 0 }
                ? new Answer(AnswerKind.About, question, true, $"The article's metadata names its author: {author}.", [], [])
                : Answers.NotFound(question, "who wrote it", null);
        }

        if (Quoted().IsMatch(text))
        {
            return Quoted(context, question);
        }

        return Summary().IsMatch(text) ? Lead(context, question) : null;
    }

    /// <summary>What the article is about: its title and its opening sentences, where news puts the gist.</summary>
    public static Answer Lead(AnswerContext context, string question)
    {
        var lead = context.Sentences.Select((s, i) => i).Where(i => context.BaseBoost[i] >= 1).Take(2).ToList();
        if (lead.Count == 0)
        {
            return Answers.NotFound(question, "anything yet: it has no body text", null);
        }

        var text = $"The article “{context.Facts.Article.Title}” opens: {string.Join(' ', lead.Select(i => context.Sentences[i].Text))}";
        return new Answer(AnswerKind.General, question, true, text, [], [.. lead.Select(context.CitationAt)]);
    }

    private static Answer WhenPublished(AnswerContext context, string question)
    {
        var published = context.Facts.Published;
        if (published.Date is not { } date)
        {
            return Answers.NotFound(question, "when it was published", null) with { Text = $"The article doesn't say when it was published. {Phrasing.EndSentence(published.Reasoning)}" };
        }

        var how = published.Status == DateStatus.Stated ? "stated" : "inferred";
        var text = $"It was published {date} ({how}). {Phrasing.EndSentence(published.Reasoning)}";
        var item = new AnswerItem("Published", date.ToString(), [], new Dictionary<string, string>
        {
            ["status"] = how,
            ["reasoning"] = published.Reasoning,
        });
        return new Answer(AnswerKind.When, question, true, text, [item], []);
    }

    private static Answer Quoted(AnswerContext context, string question)
    {
        var speakers = context.Facts.Statements
            .Where(s => s.Stance == Stance.Attributed || (s.Stance == Stance.Hedged && !IsTheArticle(s.Speaker)))
            .GroupBy(s => SourceOf(context, s.Speaker), StringComparer.OrdinalIgnoreCase)
            .Select(g => new AnswerItem(Phrasing.Capitalize(g.Key), $"{Phrasing.Count(g.Count(), "statement", "statements")}{(g.Any(s => s.Direct) ? ", quoted directly" : string.Empty)}", [.. g.SelectMany(s => s.Citations).Take(3)]))
            .ToList();
        if (speakers.Count == 0)
        {
            return Answers.NotFound(question, "whom it quotes: no attributed statements were found", null);
        }

        var text = $"The article attributes statements to {Phrasing.Count(speakers.Count, "speaker", "speakers")}: {string.Join(", ", speakers.Select(s => s.Label))}.";
        return new Answer(AnswerKind.Sources, question, true, text, speakers, CitationList.For(speakers));
    }

    // One speaker per source, as /sources counts them: "the engineer" and "Paul Hendricks" are one person.
    private static string SourceOf(AnswerContext context, string speaker) =>
        context.Facts.Sources.FirstOrDefault(s => s.Name == speaker || s.Mentions.Contains(speaker, StringComparer.Ordinal))?.Name ?? speaker;

    // A hedge the article makes in its own voice ("is suspected of") has the article as its speaker: not a source.
    private static bool IsTheArticle(string speaker) => NameWords.Of(speaker).SequenceEqual(["the", "article"]) || NameWords.Of(speaker).SequenceEqual(["article"]);

    [GeneratedRegex(@"^(?:when|on what date|what date) (?:was|is|did) (?:this|the) (?:article|story|piece|text) (?:published|written|posted|come out|appear)|^what is (?:the|this) (?:article's|story's) (?:date|publication date)|\bpublication date\b", RegexOptions.IgnoreCase)]
    private static partial Regex Published();

    [GeneratedRegex(@"^(?:who (?:wrote|writes|authored|is the author of) (?:this|the) (?:article|story|piece)|who is the (?:author|writer|reporter)|who wrote (?:this|it))$", RegexOptions.IgnoreCase)]
    private static partial Regex Author();

    [GeneratedRegex(@"^(?:who (?:is|are|was|were|gets|got) (?:quoted|cited)|who (?:does|did) (?:the|this) (?:article|story) (?:quote|cite))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Quoted();

    [GeneratedRegex(@"^(?:what(?:'s| is| was) (?:this|the) (?:article|story|piece|text|news) about|what happened|what(?:'s| is) (?:this|it) about|summari[sz]e(?: (?:this|the) (?:article|story))?|(?:give me |what is )?(?:a |the )?summary|tl;?dr|what is the (?:news|gist|main point))$", RegexOptions.IgnoreCase)]
    private static partial Regex Summary();
}
