using Bot.Core.Articles;
using Bot.Core.Extraction;
using Bot.Core.Facts;

namespace Bot.Core.Tests.Extraction.Entities;

/// <summary>Builds small articles and finds entities in the result.</summary>
internal static class TestArticles
{
    /// <summary>An article with one paragraph per argument, each one sentence (independent of the sentence splitter).
    /// A paragraph starting with "# " is a heading.</summary>
    public static EntityExtraction Extract(params string[] paragraphs)
    {
        var blocks = new List<ArticleBlock> { new(BlockKind.Title, "Test title", 0, null, []) };
        var offset = "Test title\n\n".Length;
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var heading = paragraphs[i].StartsWith("# ", StringComparison.Ordinal);
            var text = heading ? paragraphs[i][2..] : paragraphs[i];
            var sentence = new ArticleSentence(i + 1, 1, text, offset);
            blocks.Add(new ArticleBlock(heading ? BlockKind.Heading : BlockKind.Paragraph, text, offset, i + 1, [sentence]));
            offset += text.Length + 2;
        }

        return EntityExtractor.Extract(new ArticleDocument("test.txt", "Test title", new ArticleMetadata(), blocks));
    }

    public static Entity? Named(this EntityExtraction extraction, string name) =>
        extraction.Entities.FirstOrDefault(e => !e.Generic && string.Equals(e.Name, name, StringComparison.Ordinal))
        ?? extraction.Entities.FirstOrDefault(e => !e.Generic && e.Aliases.Contains(name, StringComparer.Ordinal));

    public static Entity Require(this EntityExtraction extraction, string name) =>
        extraction.Named(name) ?? throw new Xunit.Sdk.XunitException(
            $"No entity named \"{name}\"; found: {string.Join(", ", extraction.Entities.Select(e => e.Name))}");

    public static Entity? Generic(this EntityExtraction extraction, string phrase) =>
        extraction.Entities.FirstOrDefault(e => e.Generic && string.Equals(e.Name, phrase, StringComparison.OrdinalIgnoreCase));

    /// <summary>The repository root (where Bot.sln is).</summary>
    public static string RepoRoot() => TestPaths.RepositoryRoot;

    /// <summary>A shared evaluation text.</summary>
    public static string EvalText(string corpus, string file) => TestPaths.Eval(corpus, "text", file);
}
