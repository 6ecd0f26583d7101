using System.Globalization;
using Bot.Core.Answering;
using Bot.Core.Facts;
using Bot.Discord.Json;

namespace Bot.Discord.Rendering;

/// <summary>Renders the core's answer as embeds: the answer, its citations as fields, the article in the footer.
/// A pure function of the answer, which carries the article's heading.</summary>
internal sealed class AnswerRenderer
{
    public const string SourcesButtonId = "articlebot:sources";
    private const int FoundColor = 0x5865F2;
    private const int NotFoundColor = 0x99AAB5;
    private const string EmptyAnswer = "(no answer)";

    public IReadOnlyList<RenderedMessage> Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var footer = Footer(answer.Article);
        var color = answer.Found ? FoundColor : NotFoundColor;
        var embeds = new List<EmbedDraft>();
        // Discord rejects empty strings and empty embeds, so absent parts are null and an empty answer says so.
        var title = string.IsNullOrWhiteSpace(answer.Query) ? null : DiscordMarkdown.Truncate(DiscordMarkdown.Escape(answer.Query.Trim()), DiscordLimits.EmbedTitle);
        foreach (var chunk in TextSplitter.Split(Body(answer), DiscordLimits.EmbedDescription))
            embeds.Add(new EmbedDraft(embeds.Count == 0 ? title : null, chunk));
        if (embeds.Count == 0)
            embeds.Add(new EmbedDraft(title, EmptyAnswer));

        // Each embed keeps room for the footer, so any one of them can be last in its message.
        var budget = DiscordLimits.EmbedTotal - (footer?.Length ?? 0);
        foreach (var field in CitationFields(answer))
        {
            var last = embeds[^1];
            if (last.Fields.Count >= DiscordLimits.EmbedFields || last.Size + field.Name.Length + field.Value.Length > budget)
                embeds.Add(last = new EmbedDraft(null, null));
            last.Fields.Add(field);
        }

        return Pack(embeds, footer, color, answer.Kind != AnswerKind.Sources);
    }

    private static string Body(Answer answer)
    {
        var lines = new List<string> { DiscordMarkdown.Escape(answer.Text) };
        foreach (var item in answer.Items)
        {
            var label = DiscordMarkdown.Escape(item.Label);
            var text = DiscordMarkdown.Escape(item.Text);
            lines.Add(label.Length > 0 ? $"• **{label}**: {text}" : $"• {text}");
        }

        return string.Join('\n', lines.Where(l => l.Length > 0));
    }

    private static IEnumerable<EmbedField> CitationFields(Answer answer)
    {
        var seen = new HashSet<(int, int)>();
        foreach (var citation in answer.Citations.Concat(answer.Items.SelectMany(i => i.Citations)))
        {
            if (!seen.Add((citation.Paragraph, citation.Sentence)))
                continue;
            yield return new EmbedField(
                FieldName(citation),
                DiscordMarkdown.Truncate($"“{DiscordMarkdown.Escape(citation.Text.Trim())}”", DiscordLimits.FieldValue));
        }
    }

    internal static string FieldName(Citation citation) =>
        string.Create(CultureInfo.InvariantCulture, $"¶{citation.Paragraph} · sentence {citation.Sentence}");

    private static string? Footer(ArticleHeading? article)
    {
        if (article is null)
            return null;
        var parts = new[] { article.Title, article.Outlet, article.Date }.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim());
        var text = string.Join(" · ", parts);
        return text.Length == 0 ? null : DiscordMarkdown.Truncate(text, DiscordLimits.EmbedTitle);
    }

    private static List<RenderedMessage> Pack(List<EmbedDraft> drafts, string? footer, int color, bool sourcesButton)
    {
        var messages = new List<RenderedMessage>();
        var current = new List<Embed>();
        var size = 0;
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var isLast = i == drafts.Count - 1;
            var embedSize = draft.Size + (isLast ? footer?.Length ?? 0 : 0);
            if (current.Count == DiscordLimits.EmbedsPerMessage || (current.Count > 0 && size + embedSize > DiscordLimits.EmbedTotal))
            {
                messages.Add(new RenderedMessage(current, null));
                current = [];
                size = 0;
            }

            current.Add(new Embed(draft.Title, draft.Description, draft.Fields.Count > 0 ? draft.Fields : null,
                isLast && footer is not null ? new EmbedFooter(footer) : null, color));
            size += embedSize;
        }

        messages.Add(new RenderedMessage(current, sourcesButton ? [SourcesRow] : null));
        return messages;
    }

    private static readonly Component SourcesRow =
        new(1, [new Component(2, Style: 2, Label: "Sources", CustomId: SourcesButtonId)]);

    private sealed class EmbedDraft(string? title, string? description)
    {
        public string? Title { get; } = title;
        public string? Description { get; } = description;
        public List<EmbedField> Fields { get; } = [];
        public int Size => (Title?.Length ?? 0) + (Description?.Length ?? 0) + Fields.Sum(f => f.Name.Length + f.Value.Length);
    }
}
