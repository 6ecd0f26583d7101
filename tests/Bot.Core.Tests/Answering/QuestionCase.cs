using Bot.Core.Answering;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Answering;

/// <summary>One question of a suite: what the answer must contain and which sentence it must cite.</summary>
public sealed record QuestionCase(string Article, string Question, bool Found, IReadOnlyList<string> Facts, string Cite)
{
    private static readonly Lazy<IReadOnlyList<QuestionCase>> Cases = new(LoadAll);

    public static IReadOnlyList<QuestionCase> All => Cases.Value;

    public static TheoryData<string, string> Data(string article)
    {
        var data = new TheoryData<string, string>();
        foreach (var c in All.Where(c => c.Article == article))
        {
            data.Add(c.Article, c.Question);
        }

        return data;
    }

    public static QuestionCase Find(string article, string question) => All.Single(c => c.Article == article && c.Question == question);

    /// <summary>Null when the answer is right, else what is wrong with it.</summary>
    public string? Check(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Found != Found)
        {
            return $"found is {answer.Found}, expected {Found}: {answer.Text}";
        }

        var said = string.Join('\n', new[] { answer.Text }
            .Concat(answer.Items.SelectMany(i => new[] { i.Label, i.Text }.Concat(i.Details?.Values ?? []))));
        var missing = Facts.Where(f => !said.Contains(f, StringComparison.OrdinalIgnoreCase)).ToList();
        if (missing.Count > 0)
        {
            return $"missing {string.Join(", ", missing.Select(m => $"“{m}”"))} in: {said}";
        }

        var cited = answer.Citations.Concat(answer.Items.SelectMany(i => i.Citations)).ToList();
        if (Cite.Length > 0 && !cited.Any(c => c.Text.Contains(Cite, StringComparison.OrdinalIgnoreCase)))
        {
            return $"no citation of “{Cite}” among: {string.Join(" / ", cited.Select(c => c.Text))}";
        }

        return cited.All(IsFromArticle(Article)) ? null : "cites a sentence that is not the article's";
    }

    private static Func<Citation, bool> IsFromArticle(string article)
    {
        var facts = TestArticles.Get(article);
        return c => facts.Article.FindSentence(c.Paragraph, c.Sentence)?.Text == c.Text;
    }

    private static List<QuestionCase> LoadAll()
    {
        var cases = new List<QuestionCase>();
        foreach (var (article, file) in new[] { ("seed", "seed.tsv"), ("cyprus", "cyprus.tsv"), ("cnn", "cnn.tsv") })
        {
            foreach (var columns in Rows(file))
            {
                var facts = columns.Length > 2 ? columns[2].Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
                cases.Add(new QuestionCase(article, columns[0], bool.Parse(columns[1]), facts, columns.Length > 3 ? columns[3].Trim() : string.Empty));
            }
        }

        cases.AddRange(Rows("unanswerable.tsv").Select(c => new QuestionCase(c[0], c[1], false, [], string.Empty)));
        return cases;
    }

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(TestArticles.Fixture(file))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'));
}
