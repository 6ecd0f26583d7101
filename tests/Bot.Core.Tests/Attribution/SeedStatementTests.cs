using Bot.Core.Extraction;
using Bot.Core.Facts;
using Xunit.Abstractions;

namespace Bot.Core.Tests.Attribution;

public sealed class SeedStatementTests(ITestOutputHelper output)
{
    private static readonly Lazy<IReadOnlyList<Statement>> Statements = new(() => StatementExtractor.Extract(RepoFiles.Seed(), []));

    [Fact]
    public void Dump()
    {
        foreach (var s in Statements.Value)
        {
            output.WriteLine($"[{s.Speaker}] <{s.Verb}> {(s.Direct ? "DIRECT " : "")}{s.Stance} via={s.Via} :: {s.Content} @{s.Citations[0].Paragraph}.{s.Citations[0].Sentence}");
        }
    }
}
