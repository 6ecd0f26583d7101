using Bot.Core.Articles;
using Bot.Core.Facts;

namespace Bot.Core.Answering;

/// <summary>The last gate before an answer leaves the core: every sentence it cites must stand verbatim in the
/// article at the paragraph and sentence number it names.</summary>
internal static class CitationCheck
{
    /// <summary>True when the article bears out every citation of the answer and of its items; otherwise false,
    /// with the first one that it does not (null when the citation itself is missing).</summary>
    public static bool IsVerified(Answer answer, ArticleDocument? article, out Citation? unverified)
    {
        // A plug-in answerer is outside the core's control: null lists and null citations fail, never throw.
        var citations = (answer.Citations ?? []).Concat((answer.Items ?? []).SelectMany(i => i?.Citations ?? []));
        foreach (var citation in citations)
        {
            if (citation is null || article?.FindSentence(citation.Paragraph, citation.Sentence)?.Text != citation.Text)
            {
                unverified = citation;
                return false;
            }
        }

        unverified = null;
        return true;
    }
}
