using System.Globalization;
using System.Text;
using Bot.Core.Extraction.Time;
using Xunit.Abstractions;

namespace Bot.Core.Tests.Extraction.Time;

/// <summary>Scores the tagger on the TempEval-3 Platinum test set the way TempEval-3 does.
/// Published yardstick: HeidelTime 77.6 value F1.</summary>
public sealed class TempEvalScoringTests(ITestOutputHelper output)
{
    // A few points under what the tagger reaches, so a regression fails the build.
    private const double ValueF1Floor = 0.86;

    [Fact]
    public void Tagger_OnPlatinumSet_ReachesValueF1Floor()
    {
        var total = Score(TempEvalCorpus.Load(), breakdown: null);

        output.WriteLine($"strict span  {total.Strict}");
        output.WriteLine($"relaxed span {total.Relaxed}");
        output.WriteLine($"value        {total.Value}");
        output.WriteLine("HeidelTime (published): value F1 77.6");
        Assert.Equal(138, total.Value.Gold);
        Assert.True(total.Value.F1 >= ValueF1Floor, $"value F1 {total.Value.F1:P1} fell under {ValueF1Floor:P0}");
    }

    [Fact]
    public void Tagger_OnPlatinumSet_WritesPerDocumentBreakdown()
    {
        var documents = TempEvalCorpus.Load();
        var report = new StringBuilder();
        var total = Score(documents, report);
        output.WriteLine(report.ToString());

        Assert.Equal(20, documents.Count);
        Assert.True(total.Relaxed.TruePositives >= total.Value.TruePositives);
        Assert.True(total.Relaxed.TruePositives >= total.Strict.TruePositives);
    }

    private static TempEvalScore Score(IReadOnlyList<TempEvalDocument> documents, StringBuilder? breakdown)
    {
        var total = TempEvalScore.Zero;
        foreach (var doc in documents)
        {
            var tagged = TemporalTagger.Tag(doc.Text, doc.Dct);
            var system = tagged.Select(t => (t.Start, t.End, t.Value)).ToList();
            var score = TempEvalScore.Of(system, doc.Gold);
            total += score;
            if (breakdown is not null)
            {
                Describe(breakdown, doc, tagged, score);
            }
        }

        return total;
    }

    private static void Describe(StringBuilder report, TempEvalDocument doc, IReadOnlyList<TimeExpression> tagged, TempEvalScore score)
    {
        var c = CultureInfo.InvariantCulture;
        report.AppendLine(c, $"== {doc.Name} (DCT {doc.Dct:yyyy-MM-dd}) value {score.Value}");
        foreach (var g in doc.Gold)
        {
            var hit = tagged.FirstOrDefault(t => t.Start < g.End && g.Start < t.End);
            if (hit is null)
            {
                report.AppendLine(c, $"   missed  \"{g.Text}\" {g.Value}");
            }
            else if (!string.Equals(hit.Value, g.Value, StringComparison.Ordinal))
            {
                report.AppendLine(c, $"   value   \"{hit.Text}\" {hit.Value}, gold \"{g.Text}\" {g.Value}");
            }
        }

        foreach (var t in tagged.Where(t => !doc.Gold.Any(g => t.Start < g.End && g.Start < t.End)))
        {
            report.AppendLine(c, $"   extra   \"{t.Text}\" {t.Value}");
        }
    }
}
