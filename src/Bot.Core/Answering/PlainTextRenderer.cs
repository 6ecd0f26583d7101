using System.Text;

namespace Bot.Core.Answering;

/// <summary>Temporary renderer until the answering core lands.</summary>
public static class PlainTextRenderer
{
    public static string Render(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var text = new StringBuilder(answer.Text);
        for (var i = 0; i < answer.Citations.Count; i++)
        {
            var c = answer.Citations[i];
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n[{i + 1}] ¶{c.Paragraph}.{c.Sentence} “{c.Text}”");
        }

        return text.ToString();
    }
}
