using Bot.Evaluation;

namespace Bot.Core.Tests;

/// <summary>Where the tests find the repository, the shipped article and the shared evaluation data: the same
/// places the evaluation command looks (see <see cref="EvalPaths"/>).</summary>
internal static class TestPaths
{
    public static string RepositoryRoot => EvalPaths.RepositoryRoot;

    public static string Seed => EvalPaths.Seed;

    /// <summary>A path inside the shared evaluation folder, e.g. Eval("te3-platinum", "docs.tsv").</summary>
    public static string Eval(params string[] parts) => EvalPaths.Eval(parts);
}
