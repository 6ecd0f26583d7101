using System.Text.Json;

namespace Bot.Evaluation;

/// <summary>Reads every questions-*.jsonl file of the dev set; a malformed line names its file and line.</summary>
internal static class DevSet
{
    public static IReadOnlyList<DevSetQuestion> Load() => Load(EvalPaths.DevSetFolder);

    public static IReadOnlyList<DevSetQuestion> Load(string folder)
    {
        var questions = new List<DevSetQuestion>();
        foreach (var file in Directory.EnumerateFiles(folder, "questions-*.jsonl").Order(StringComparer.Ordinal))
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var question = JsonSerializer.Deserialize(line, EvalJsonContext.Default.DevSetQuestion)
                    ?? throw new InvalidDataException($"{Path.GetFileName(file)}:{number}: null question");
                questions.Add(question);
            }
        }

        return questions;
    }
}
