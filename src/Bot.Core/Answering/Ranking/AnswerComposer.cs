using Bot.Core.Answering.Typing;
using Bot.Core.Answering.YesNo;

namespace Bot.Core.Answering.Ranking;

/// <summary>Turns the scored candidates into the reply: the best sentence when the fitted decision accepts it,
/// otherwise "the article doesn't say" with no related sentence, because a sentence the scorer nearly chose is
/// too often the answer it wrongly refused.</summary>
internal static class AnswerComposer
{
    public static Answer Compose(AnswerContext context, QuestionCandidates found, AnswerScorer scorer)
    {
        var lexical = found.Lexical;
        if (scorer.Choose(found.Candidates) is not { } best || !scorer.Accepts(best.Best, best.Score, best.RunnerUp))
        {
            return Refusal(found);
        }

        var sentence = best.Best.Sentence;
        var phrase = ShortAnswer(context, best.Best);
        var text = context.Sentences[sentence].Text;
        if (found.Type == AnswerType.YesNo)
        {
            var verdict = YesNoDecider.Decide(found.Question, text) == Verdict.Yes ? "Yes" : "No";
            return new Answer(AnswerKind.YesNo, found.Question, true, $"{verdict} — {text}", [], [context.CitationAt(sentence)]);
        }

        if (lexical.Found && Cites(context, lexical, sentence) && (phrase is null || Contains(lexical.Text, phrase.Text)))
        {
            // A profile without the sentence that describes the person leaves "who is" unanswered; add the sentence.
            return found.Type == AnswerType.Description && !Contains(lexical.Text, text) ? lexical with { Text = $"{lexical.Text.TrimEnd()}\n{text}" } : lexical;
        }

        var cited = WithContinuation(context, sentence, found.Type);
        var whole = string.Join(' ', cited.Select(i => context.Sentences[i].Text));
        var reply = phrase is null ? whole : $"{Capitalized(phrase.Text)} — {whole}";
        return new Answer(Kind(found.Classified.Kind), found.Question, true, reply, [], [.. cited.Select(context.CitationAt)]);
    }

    private static readonly string[] Anaphoric = ["He ", "She ", "It ", "They ", "That ", "This ", "These ", "Those ", "His ", "Her ", "Its ", "Their "];

    private static readonly string[] Consequence = ["That's why", "That’s why", "That is why", "This is why", "That is because", "This is because", "So "];

    // A reason or a quote often runs over two sentences: "There is an issue that is bringing them together. That is
    // this issue of bigotry." A next sentence of the paragraph that opens by pointing back is the rest of the
    // answer, and a sentence that opens "That's why" gives its reason in the one before.
    internal static List<int> WithContinuation(AnswerContext context, int sentence, AnswerType type)
    {
        var cited = new List<int> { sentence };
        if (type is not (AnswerType.Reason or AnswerType.Quote))
        {
            return cited;
        }

        var sentences = context.Sentences;
        var text = Opening(sentences[sentence].Text);
        if (type == AnswerType.Reason && sentence > 0 && sentences[sentence - 1].Paragraph == sentences[sentence].Paragraph
            && Consequence.Any(c => text.StartsWith(c, StringComparison.Ordinal)))
        {
            cited.Insert(0, sentence - 1);
        }

        if (sentence + 1 < sentences.Count && sentences[sentence + 1].Paragraph == sentences[sentence].Paragraph
            && (Anaphoric.Any(a => Opening(sentences[sentence + 1].Text).StartsWith(a, StringComparison.Ordinal))
                || (type == AnswerType.Quote && QuotesOn(context, sentence))))
        {
            cited.Add(sentence + 1);
        }

        return cited;
    }

    // “This is a disgusting day,” said Rep. Lee. “Trump is a fraud.”: the speaker's next sentence, quoted too, is the
    // rest of what they said.
    private static bool QuotesOn(AnswerContext context, int sentence)
    {
        var speakers = context.StatementsAt[sentence].Select(s => s.Speaker).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return speakers.Count > 0 && context.StatementsAt[sentence + 1].Any(s => s.Direct && speakers.Contains(s.Speaker));
    }

    // A sentence's first words past an opening quotation mark.
    private static string Opening(string sentence) => sentence.TrimStart('"', '“', '\'', '‘', ' ');

    // A reason, a quote or a description is the sentence itself; a date, an amount or a name goes first.
    private static AnswerPhrase? ShortAnswer(AnswerContext context, Candidate best) =>
        best[Feature.TypeWanted] > 0 && best.Phrase is { } phrase && phrase.Text.Length * 2 < context.Sentences[best.Sentence].Text.Length
            ? phrase
            : null;

    private static bool Contains(string text, string part) => text.Contains(part, StringComparison.OrdinalIgnoreCase);

    private static string Capitalized(string phrase) =>
        phrase.Length > 0 && char.IsLower(phrase[0]) ? char.ToUpperInvariant(phrase[0]) + phrase[1..] : phrase;

    private static Answer Refusal(QuestionCandidates found) =>
        Answers.NotFound(found.Question, $"anything that answers “{found.Question.Trim()}”", null);

    private static bool Cites(AnswerContext context, Answer answer, int sentence) =>
        answer.Citations.Concat(answer.Items.SelectMany(i => i.Citations)).Any(c => context.SentenceOf(c) == sentence);

    private static AnswerKind Kind(QuestionKind kind) => kind switch
    {
        QuestionKind.WhoIs => AnswerKind.WhoIs,
        QuestionKind.WhatSaid => AnswerKind.SaidBy,
        QuestionKind.WhoSaid => AnswerKind.WhoSaid,
        QuestionKind.When => AnswerKind.When,
        QuestionKind.Where => AnswerKind.Where,
        QuestionKind.Quantity => AnswerKind.Quantity,
        QuestionKind.Why => AnswerKind.Why,
        QuestionKind.YesNo => AnswerKind.YesNo,
        QuestionKind.SourceOf => AnswerKind.SourceOf,
        _ => AnswerKind.General,
    };
}
