using System.Globalization;
using System.Text;
using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>Renders an answer as plain text for the console: the answer, its items, then numbered citations
/// ("[1] ¶3.2 “sentence”") that the items refer to by number.</summary>
public static class PlainTextRenderer
{
    public static string Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var citations = new List<Citation>(answer.Citations);
        var text = new StringBuilder(answer.Text.Trim()).Append('\n');
        foreach (var item in answer.Items)
        {
            text.Append("  - ");
            if (item.Label.Length > 0)
            {
                text.Append(item.Label).Append(": ");
            }

            text.Append(item.Text);
            if (item.Details is { Count: > 0 } details && details.ContainsKey("written"))
            {
                text.Append(" (").AppendJoin("; ", details.Select(d => $"{d.Key}: {d.Value}")).Append(')');
            }

            foreach (var citation in item.Citations)
            {
                text.Append(CultureInfo.InvariantCulture, $" [{Number(citations, citation)}]");
            }

            text.Append('\n');
        }

        for (var i = 0; i < citations.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"[{i + 1}] ¶{citations[i].Paragraph}.{citations[i].Sentence} “{citations[i].Text}”\n");
        }

        return text.ToString();
    }

    /// <summary>The article an answer is about in one line: “Title” (Outlet, date), saying so when either is unknown.</summary>
    public static string Heading(ArticleHeading article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return $"“{article.Title}” ({article.Outlet ?? "outlet unknown"}, {article.Date ?? "date unknown"})";
    }

    private static int Number(List<Citation> citations, Citation citation)
    {
        var index = citations.FindIndex(c => c.Paragraph == citation.Paragraph && c.Sentence == citation.Sentence);
        if (index < 0)
        {
            citations.Add(citation);
            index = citations.Count - 1;
        }

        return index + 1;
    }
}
