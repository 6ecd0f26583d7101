using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Facts;
using Xunit.Abstractions;

namespace Bot.Core.Tests.Answering;

public sealed class QuestionSuiteTests(ITestOutputHelper output)
{
    private const double RequiredShare = 0.90;

    public static TheoryData<string, string> Seed => QuestionCase.Data("seed");

    public static TheoryData<string, string> Cyprus => QuestionCase.Data("cyprus");

    public static TheoryData<string, string> Cnn => QuestionCase.Data("cnn");

    public static TheoryData<string, string> Unanswerable
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var c in QuestionCase.All.Where(c => !c.Found))
            {
                data.Add(c.Article, c.Question);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Seed))]
    public Task Answer_Seed_ContainsFactsAndCitesSentence(string article, string question) => AssertRight(article, question);

    [Theory]
    [MemberData(nameof(Cyprus))]
    public Task Answer_Cyprus_ContainsFactsAndCitesSentence(string article, string question) => AssertRight(article, question);

    [Theory]
    [MemberData(nameof(Cnn))]
    public Task Answer_Cnn_ContainsFactsAndCitesSentence(string article, string question) => AssertRight(article, question);

    [Theory]
    [MemberData(nameof(Unanswerable))]
    public Task Answer_QuestionTheArticleCannotAnswer_IsNotFound(string article, string question) => AssertRight(article, question);

    [Theory]
    [InlineData(LexicalQuestionAnswerer.Name)]
    [InlineData(RankedQuestionAnswerer.Name)]
    public async Task Suite_AnswersAtLeastNinetyPercentRight(string answerer)
    {
        var wrong = new List<string>();
        var byArticle = new Dictionary<string, (int Right, int Total)>();
        foreach (var c in QuestionCase.All)
        {
            var problem = await Check(c, answerer);
            var group = c.Found ? c.Article : "unanswerable";
            var (right, total) = byArticle.GetValueOrDefault(group);
            byArticle[group] = (right + (problem is null ? 1 : 0), total + 1);
            if (problem is not null)
            {
                wrong.Add($"[{c.Article}] {c.Question}: {problem}");
            }
        }

        var share = 1.0 - ((double)wrong.Count / QuestionCase.All.Count);
        foreach (var (group, (right, total)) in byArticle)
        {
            output.WriteLine($"{group}: {right}/{total}");
        }

        output.WriteLine($"share answered right: {share:P1} ({QuestionCase.All.Count - wrong.Count}/{QuestionCase.All.Count})");
        wrong.ForEach(output.WriteLine);
        Assert.True(share >= RequiredShare, $"share answered right {share:P1} is below {RequiredShare:P0}");
    }

    private static async Task<string?> Check(QuestionCase c, string answererName = LexicalQuestionAnswerer.Name)
    {
        var answerer = TestRouter.Over(TestArticles.Get(c.Article), answererName == RankedQuestionAnswerer.Name ? new RankedQuestionAnswerer() : null);
        var answer = await answerer.AnswerAsync(RequestParser.Parse(c.Question));
        return c.Check(answer);
    }

    private static async Task AssertRight(string article, string question)
    {
        var problem = await Check(QuestionCase.Find(article, question));
        Assert.True(problem is null, problem);
    }
}
