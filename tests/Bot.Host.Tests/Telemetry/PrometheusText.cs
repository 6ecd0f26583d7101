using System.Globalization;

namespace Bot.Host.Tests.Telemetry;

/// <summary>Reads one sample from a Prometheus text page: the metric name and labels it must carry.</summary>
internal static class PrometheusText
{
    /// <summary>The value of the sample named <paramref name="name"/> whose labels include every one given, or null.</summary>
    public static double? Value(string page, string name, params (string Label, string Value)[] labels)
    {
        foreach (var line in page.Split('\n'))
        {
            if (!line.StartsWith(name + "{", StringComparison.Ordinal) && !line.StartsWith(name + " ", StringComparison.Ordinal))
                continue;
            if (labels.All(l => line.Contains($"{l.Label}=\"{l.Value}\"", StringComparison.Ordinal)))
                return double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
        }

        return null;
    }
}
