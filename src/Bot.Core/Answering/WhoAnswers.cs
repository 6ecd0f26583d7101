using Bot.Core.Facts;
using Bot.Core.Search;

namespace Bot.Core.Answering;

/// <summary>/who: everything the article attributes to a person and who they are, or with "said", who said a phrase.</summary>
internal static class WhoAnswers
{
    private const int MaxMentions = 8;
    private const double PhraseCoverage = 0.7;

    public static Answer Answer(AnswerContext context, string argument, string query)
    {
        if (argument.Length == 0)
        {
            return new Answer(AnswerKind.WhoIs, query, false, "Tell me who: /who <name>, or /who said <phrase> to find who said something.", [], []);
        }

        if (argument.Equals("said", StringComparison.OrdinalIgnoreCase)
            || argument.StartsWith("said ", StringComparison.OrdinalIgnoreCase))
        {
            return WhoSaid(context, argument[4..].Trim(' ', '"', '“', '”', '\''), query);
        }

        return Person(context, argument, query);
    }

    public static Answer Person(AnswerContext context, string name, string query)
    {
        if (NameMentions.FindEntity(context, name) is { } entity)
        {
            return About(context, entity, query);
        }

        var (sentences, spelling) = NameMentions.FindSentences(context, name);
        if (sentences.Count == 0)
        {
            var related = QuestionAnswers.Closest(context, EnglishTerms.Analyze(name));
            return Answers.NotFound(query, $"anything about {name}", related);
        }

        var items = sentences.Take(MaxMentions).Select(i => MentionItem(context, i)).ToList();
        var text = $"The article mentions {spelling} in {Phrasing.Count(sentences.Count, "sentence", "sentences")}:";
        return new Answer(AnswerKind.SaidBy, query, true, text, items, CitationList.For(items));
    }

    /// <summary>A sentence naming someone, with the sentences that finish a quotation it opens.</summary>
    public static AnswerItem MentionItem(AnswerContext context, int i)
    {
        var cited = new List<int> { i };
        while (context.HasQuote[i] && cited[^1] + 1 < context.Sentences.Count && cited.Count < 4
               && context.Sentences[cited[^1] + 1].Paragraph == context.Sentences[i].Paragraph
               && TextCues.ContinuesQuote(context.Sentences[cited[^1] + 1].Text))
        {
            cited.Add(cited[^1] + 1);
        }

        var label = context.HasQuote[i] ? "Quoted" : context.HasReport[i] ? "Reported" : "Mentioned";
        return new AnswerItem(label, string.Join(' ', cited.Select(c => context.Sentences[c].Text)), [.. cited.Select(context.CitationAt)]);
    }

    public static Answer About(AnswerContext context, Entity entity, string query)
    {
        var items = new List<AnswerItem>();
        var own = context.Facts.Statements.Where(s => NameMentions.Speaks(context, s, entity)).ToList();
        var relayed = context.Facts.Statements.Where(s => !NameMentions.Speaks(context, s, entity) && NameMentions.Speaks(context, s, entity, orVia: true)).ToList();
        items.AddRange(own.Select(s => StatementItem(s, s.Direct ? "Direct quote" : "Said")));
        items.AddRange(relayed.Select(s => StatementItem(s, $"Reported by {entity.Name}")));
        if (items.Count == 0)
        {
            items.AddRange(entity.Citations.Take(MaxMentions).Select(c => new AnswerItem("Mentioned", c.Text, [c])));
        }

        var quotes = own.Count(s => s.Direct);
        var said = own.Count == 0
            ? "The article attributes no statements to them."
            : $"The article attributes {Phrasing.Count(own.Count, "statement", "statements")} to them{(quotes > 0 ? $", {Phrasing.Count(quotes, "direct quote", "direct quotes")} among them" : string.Empty)}:";
        var text = $"{Describe(entity)} {said}";
        return new Answer(own.Count > 0 ? AnswerKind.SaidBy : AnswerKind.WhoIs, query, true, text, items, CitationList.For(items, entity.Citations.Take(1)));
    }

    /// <summary>Who the entity is in one or two sentences: name, kind, descriptions and other spellings.</summary>
    public static string Describe(Entity entity)
    {
        var kind = entity.Generic ? $"unnamed {Phrasing.Kind(entity.Kind)}" : Phrasing.Kind(entity.Kind);

        // A description says what the article knows better than "kind unclear" does.
        var named = entity.Kind == EntityKind.Unknown && entity.Descriptions.Count > 0
            ? Phrasing.Capitalize(entity.Name)
            : $"{Phrasing.Capitalize(entity.Name)} ({kind})";
        var text = entity.Descriptions.Count > 0
            ? $"{named}: {string.Join("; ", entity.Descriptions)}."
            : $"{named}.";
        var aliases = entity.Aliases.Where(a => !a.Equals(entity.Name, StringComparison.OrdinalIgnoreCase)).ToList();
        return aliases.Count > 0 ? $"{text} Also written as {string.Join(", ", aliases)}." : text;
    }

    public static AnswerItem StatementItem(Statement statement, string label) =>
        new(label, Phrasing.Statement(statement), statement.Citations, new Dictionary<string, string>
        {
            ["speaker"] = statement.Speaker,
            ["verb"] = statement.Verb,
            ["direct"] = statement.Direct ? "yes" : "no",
            ["stance"] = statement.Stance.ToString().ToLowerInvariant(),
        });

    public static Answer WhoSaid(AnswerContext context, string phrase, string query)
    {
        if (phrase.Length == 0)
        {
            return new Answer(AnswerKind.WhoSaid, query, false, "Tell me the words: /who said <phrase>.", [], []);
        }

        var terms = EnglishTerms.Analyze(phrase);
        var statements = context.Facts.Statements;
        var scored = statements
            .Select((s, i) => (Statement: s, Score: s.Content.Contains(phrase, StringComparison.OrdinalIgnoreCase) ? 1 : Coverage(context, terms, context.StatementTerms[i])))
            .Where(x => x.Score >= PhraseCoverage)
            .OrderByDescending(x => x.Score)
            .ToList();
        if (scored.Count > 0)
        {
            var best = scored[0].Statement;
            var items = scored.Where(x => x.Score >= scored[0].Score - 0.1).Select(x => StatementItem(x.Statement, x.Statement.Speaker)).ToList();
            var via = best.Via is null ? string.Empty : $" (as reported by {best.Via})";
            var content = best.Direct ? $"“{best.Content.Trim().Trim('"', '“', '”')}”" : Phrasing.EndSentence(best.Content.Trim());
            var text = $"{Phrasing.Capitalize(best.Speaker)} said it{via}: {content}";
            return new Answer(AnswerKind.WhoSaid, query, true, text, items, CitationList.For(items));
        }

        var hits = context.Index.Search(terms, 3);
        if (hits.Count == 0 || hits[0].Coverage < PhraseCoverage)
        {
            return Answers.NotFound(query, $"who said “{phrase}”", hits.Count > 0 ? context.CitationAt(hits[0].Index) : null);
        }

        // A sentence that finishes a quotation is said by whoever the sentence that opened it names.
        var first = hits[0].Index;
        while (first > 0 && context.Sentences[first - 1].Paragraph == context.Sentences[first].Paragraph
               && TextCues.ContinuesQuote(context.Sentences[first].Text) && first > hits[0].Index - 3)
        {
            first--;
        }

        var cited = Enumerable.Range(first, hits[0].Index - first + 1).ToList();
        var speaker = cited.SelectMany(i => context.StatementsAt[i]).Select(s => s.Speaker).FirstOrDefault()
            ?? cited.Select(i => TextCues.GuessSpeaker(context.Sentences[i].Text)).FirstOrDefault(g => g is not null);
        var quoted = string.Join(' ', cited.Select(i => context.Sentences[i].Text));
        var answer = speaker is null
            ? $"The article says it in its own words: “{quoted}”"
            : $"{Phrasing.Capitalize(speaker)}, according to the article: “{quoted}”";
        return new Answer(AnswerKind.WhoSaid, query, true, answer, [], [.. cited.Select(context.CitationAt)]);
    }

    private static double Coverage(AnswerContext context, IReadOnlyList<string> terms, IReadOnlySet<string> content)
    {
        double total = 0, matched = 0;
        foreach (var term in terms.Distinct(StringComparer.Ordinal))
        {
            var weight = context.Index.Weight(term);
            total += weight;
            matched += content.Contains(term) ? weight : 0;
        }

        return total == 0 ? 0 : matched / total;
    }
}
