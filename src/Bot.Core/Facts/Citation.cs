using Bot.Core.Articles;

namespace Bot.Core.Facts;

/// <summary>Where a fact stands in the article: paragraph and sentence numbers and the exact sentence.</summary>
public sealed record Citation(int Paragraph, int Sentence, string Text)
{
    public static Citation Of(ArticleSentence sentence) => new(sentence.Paragraph, sentence.Number, sentence.Text);
}
