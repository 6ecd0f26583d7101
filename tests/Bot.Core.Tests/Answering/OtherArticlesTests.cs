using Bot.Core.Answering;
using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;
using Bot.Core.Tests.Extraction.Time;

namespace Bot.Core.Tests.Answering;

/// <summary>Every command and every kind of question on articles of another style: always an answer, and every
/// citation is an exact sentence of that article.</summary>
public sealed class OtherArticlesTests
{
    private static readonly string[] Messages =
    [
        "/who", "/who said", "/timeline", "/timeline 2013", "/sources", "/sources official", "/about", "/help",
        "What is this article about?", "When was the article published?", "Who is quoted?", "Who said it?",
        "What did the president say?", "When did it happen?", "Where did it happen?", "How many people died?",
        "Why did they do it?", "Is it true?", "What is the source of the claim?", "Who is the spokesman?",
    ];

    public static TheoryData<string> Documents
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var doc in TempEvalCorpus.Load())
            {
                data.Add(doc.Name);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Answer_TempEvalArticle_AlwaysAnswersAndCitesOnlyItsSentences(string name)
    {
        var doc = TempEvalCorpus.Load().Single(d => d.Name == name);
        var facts = FactExtractor.Extract(ArticleLoader.Parse(doc.Text, name + ".txt"));
        var answerer = TestRouter.Over(facts);
        var names = new Completer(new FactStore(facts)).Complete("who", "person", string.Empty, 3);

        foreach (var message in Messages.Concat(names.Select(n => "/who " + n)))
        {
            var answer = answerer.Ask(message);

            Assert.False(string.IsNullOrWhiteSpace(answer.Text), message);
            foreach (var citation in answer.Citations.Concat(answer.Items.SelectMany(i => i.Citations)))
            {
                Assert.Equal(facts.Article.FindSentence(citation.Paragraph, citation.Sentence)?.Text, citation.Text);
            }
        }
    }
}
