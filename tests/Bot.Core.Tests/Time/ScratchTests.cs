using Bot.Core.Extraction.Time;
using Xunit.Abstractions;
namespace Bot.Core.Tests.Time;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Scratch()
    {
        foreach (var f in Directory.GetFiles("/work/shared/eval/polnear/dev/text").Order().Take(25))
        {
            var text = File.ReadAllText(f);
            foreach (var t in TemporalTagger.Tag(text, new DateOnly(2016, 6, 15)))
            {
                var ctx = text.Substring(Math.Max(0, t.Start - 30), Math.Min(text.Length, t.End + 20) - Math.Max(0, t.Start - 30)).Replace('\n', ' ');
                output.WriteLine($"{t.Text,-28} {t.Type,-8} {t.Value,-16} | {ctx}");
            }
        }
    }
}
