using System.Globalization;
using System.Text;
using System.Text.Json;
using Bot.Core.Answering;
using Bot.Core.Facts;
using Bot.Slack.Wire;

namespace Bot.Slack.Rendering;

/// <summary>Renders the core's answer as Block Kit within Slack's limits; every article and user string is escaped.
/// The article's footer comes from the answer itself, so rendering needs nothing but the answer and the options.</summary>
internal static class AnswerRenderer
{
    public const string ShareActionId = "share_in_channel";

    public static bool IsError(Answer answer) =>
        answer.Kind is AnswerKind.Refused or AnswerKind.Unavailable or AnswerKind.UnknownCommand or AnswerKind.Unverified;

    /// <summary>"Title (Outlet)" of the article answered about, for the footer; null when the answer names none.</summary>
    public static string? ArticleLine(ArticleHeading? article)
    {
        if (article is null || string.IsNullOrWhiteSpace(article.Title))
            return null;
        return string.IsNullOrWhiteSpace(article.Outlet) ? article.Title : $"{article.Title} ({article.Outlet})";
    }

    public static RenderedMessage Render(Answer answer, RenderOptions options)
    {
        var head = new List<SlackBlock>();
        if (!string.IsNullOrWhiteSpace(options.RestatedQuestion))
            head.Add(new ContextBlock([TextObject.Markdown("_Asked:_ " + SlackText.EscapeTruncated(options.RestatedQuestion, 2000))]));
        if (options.SharedBy is { } user && IsSlackId(user))
            head.Add(new ContextBlock([TextObject.Markdown($"Shared by <@{user}>")]));

        var tail = new List<SlackBlock>();
        if (ArticleLine(answer.Article) is { } articleLine)
            tail.Add(new ContextBlock([TextObject.Markdown("From " + SlackText.EscapeTruncated(articleLine, 1000))]));
        if (options.Share is { } share && ShareButtonValue(share) is { } value)
            tail.Add(new ActionsBlock([new ButtonElement(TextObject.Plain("Share in channel"), ShareActionId, value)]));

        // One block stays free for the "more in the article" note.
        var budget = SlackLimits.MaxBlocks - head.Count - tail.Count - 1;
        var body = new List<SlackBlock>();
        var omitted = false;

        var answerText = string.IsNullOrWhiteSpace(answer.Text) ? "The article doesn't say." : answer.Text.Trim();
        foreach (var chunk in Split(SlackText.Escape(answerText), SlackLimits.MaxSectionText).Take(3))
            body.Add(new SectionBlock(TextObject.Markdown(chunk)));
        omitted |= SlackText.Escape(answerText).Length > 3 * SlackLimits.MaxSectionText;

        var citations = DistinctCitations(answer);
        var citationBlocks = (citations.Count + SlackLimits.MaxContextElements - 1) / SlackLimits.MaxContextElements;
        var itemBudget = budget - body.Count - Math.Min(citationBlocks, 10);

        if (answer.Items.Count > 0)
        {
            var lines = answer.Items.Select(ItemLine);
            var sections = Split(string.Join('\n', lines), SlackLimits.MaxSectionText);
            omitted |= sections.Count > itemBudget;
            body.AddRange(sections.Take(Math.Max(0, itemBudget)).Select(s => new SectionBlock(TextObject.Markdown(s))));
        }

        var citationBudget = budget - body.Count;
        var chunks = citations.Chunk(SlackLimits.MaxContextElements).ToList();
        omitted |= chunks.Count > citationBudget;
        foreach (var chunk in chunks.Take(Math.Max(0, citationBudget)))
            body.Add(new ContextBlock([.. chunk.Select(c => TextObject.Markdown(CitationText(c)))]));

        if (omitted)
            body.Add(new ContextBlock([TextObject.Markdown("_…more in the article: this answer was shortened to fit Slack; ask something narrower to see the rest._")]));

        return new RenderedMessage(SlackText.EscapeTruncated(answerText, SlackLimits.MaxFallbackText), [.. head, .. body, .. tail]);
    }

    /// <summary>A plain message for errors and reasons: escaped, one section.</summary>
    public static RenderedMessage RenderNotice(string text) =>
        new(SlackText.EscapeTruncated(text, SlackLimits.MaxFallbackText),
            [new SectionBlock(TextObject.Markdown(SlackText.EscapeTruncated(text, SlackLimits.MaxSectionText)))]);

    public static string CitationText(Citation citation) =>
        string.Create(CultureInfo.InvariantCulture, $"¶{citation.Paragraph}.{citation.Sentence} “")
        + SlackText.EscapeTruncated(citation.Text, SlackLimits.MaxCitationText) + "”";

    /// <summary>Cuts text into pieces of at most <paramref name="max"/> characters at a line, sentence or word end.</summary>
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var pieces = new List<string>();
        var rest = text;
        while (rest.Length > max)
        {
            var window = rest[..max];
            var cut = window.LastIndexOf('\n');
            if (cut < max / 2)
                cut = Math.Max(window.LastIndexOf(". ", StringComparison.Ordinal) + 1, cut);
            if (cut < max / 2)
                cut = Math.Max(window.LastIndexOf(' '), cut);
            if (cut <= 0)
                cut = max;
            // Never leave an entity such as &amp; cut in two.
            var amp = window.LastIndexOf('&', cut - 1);
            if (amp >= 0 && amp > cut - 5 && window.IndexOf(';', amp) is var semi && (semi < 0 || semi >= cut))
                cut = amp;
            if (cut <= 0)
                cut = max;
            pieces.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0)
            pieces.Add(rest);
        return pieces;
    }

    private static string ItemLine(AnswerItem item)
    {
        var line = new StringBuilder("• ");
        if (!string.IsNullOrWhiteSpace(item.Label))
            line.Append('*').Append(SlackText.EscapeTruncated(item.Label, 200)).Append("* ");
        line.Append(SlackText.EscapeTruncated(item.Text, 1500));
        if (item.Citations.Count > 0)
            line.Append(" _(").Append(string.Join(", ", item.Citations.Take(5).Select(c =>
                string.Create(CultureInfo.InvariantCulture, $"¶{c.Paragraph}.{c.Sentence}")))).Append(")_");
        return line.ToString();
    }

    private static List<Citation> DistinctCitations(Answer answer) =>
        [.. answer.Citations.Concat(answer.Items.SelectMany(i => i.Citations))
            .DistinctBy(c => (c.Paragraph, c.Sentence))];

    private static string? ShareButtonValue(ShareValue share)
    {
        var value = JsonSerializer.Serialize(share, SlackJsonContext.Default.ShareValue);
        return value.Length <= SlackLimits.MaxButtonValue ? value : null;
    }

    private static bool IsSlackId(string id) => id.Length is > 0 and < 32 && id.All(char.IsAsciiLetterOrDigit);
}
