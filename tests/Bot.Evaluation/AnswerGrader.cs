using System.Text;
using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Evaluation;

/// <summary>Grades an answer against a dev-set question. Text is compared case-insensitively with quotes,
/// apostrophes, dashes and spaces folded, so typography never decides a grade.</summary>
internal static class AnswerGrader
{
    public static Grade Grade(DevSetQuestion question, Answer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        var answering = answer.Items.Where(i => i.Label != Answers.RelatedLabel).ToList();
        var related = answer.Items.Where(i => i.Label == Answers.RelatedLabel).SelectMany(i => i.Citations).ToList();
        var cited = answer.Citations.Concat(answering.SelectMany(i => i.Citations)).ToList();
        var citesGold = cited.Any(c => IsGoldSentence(question, c));
        var leak = !answer.Found && related.Any(c => IsGoldSentence(question, c));

        if (!question.Answerable)
        {
            return new Grade(!answer.Found, answer.Found, false, false, answer.Found ? $"answered an unanswerable question: {answer.Text}" : null);
        }

        if (!answer.Found)
        {
            return new Grade(false, false, false, leak, leak ? "refused, citing the answer as related" : $"refused: {answer.Text}");
        }

        if (!citesGold)
        {
            return new Grade(false, true, false, false, $"cites {string.Join(" / ", cited.Select(c => $"¶{c.Paragraph}.{c.Sentence}"))}, not “{question.Cite}”: {answer.Text}");
        }

        if (question.YesNo is { } expected)
        {
            var said = FirstWord(answer.Text);
            var right = string.Equals(said, expected, StringComparison.OrdinalIgnoreCase);
            return new Grade(right, true, true, false, right ? null : $"said “{said}”, expected {expected}: {answer.Text}");
        }

        var text = string.Join('\n', new[] { answer.Text }
            .Concat(answering.SelectMany(i => new[] { i.Label, i.Text }.Concat(i.Details?.Values ?? []))));
        var missing = question.Answer
            .Where(fragment => !fragment.Split('|').Any(alternative => Contains(text, alternative)))
            .ToList();
        return missing.Count == 0
            ? new Grade(true, true, true, false, null)
            : new Grade(false, true, true, false, $"missing {string.Join(", ", missing.Select(m => $"“{m}”"))}: {answer.Text}");
    }

    /// <summary>Whether the citation is the gold sentence or one of the others that answer as well.</summary>
    public static bool IsGoldSentence(DevSetQuestion question, Citation citation) =>
        IsSentence(question.Cite, citation) || (question.AlsoCite ?? []).Any(also => IsSentence(also, citation));

    // A few gold cites run over a quoted sentence break, so a citation of either half is the gold sentence.
    private static bool IsSentence(string cite, Citation citation) =>
        cite.Length > 0
        && (Contains(citation.Text, cite) || (citation.Text.Length >= 20 && Contains(cite, citation.Text)));

    private static string FirstWord(string text)
    {
        var trimmed = text.TrimStart();
        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end]))
        {
            end++;
        }

        return trimmed[..end];
    }

    private static bool Contains(string text, string part) =>
        Fold(text).Contains(Fold(part), StringComparison.Ordinal);

    private static string Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = folded.Length > 0;
                continue;
            }

            if (space)
            {
                folded.Append(' ');
                space = false;
            }

            folded.Append(c switch
            {
                '\u2018' or '\u2019' or '\u02BC' or '`' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return folded.ToString();
    }
}
