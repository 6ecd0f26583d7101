using System.Text.RegularExpressions;
using Bot.Core.Articles;
using Bot.Host.Cli;
using Microsoft.Extensions.Options;

namespace Bot.Host.Hosting;

/// <summary>What a user can fix about a failed start (the article, a setting), as exit code and one line each.
/// Anything else is a bug and keeps its stack trace.</summary>
internal sealed partial record StartupFailure(int ExitCode, IReadOnlyList<string> Lines)
{
    public static StartupFailure? From(Exception exception) => exception switch
    {
        ArticleLoadException article => new(ExitCodes.BadArticle, [article.Message]),
        OptionsValidationException options => new(ExitCodes.BadConfiguration, [.. options.Failures]),
        InvalidOperationException binding when BindingFailure().Match(binding.Message) is { Success: true } match =>
            new(ExitCodes.BadConfiguration, [$"{match.Groups["key"].Value}: '{match.Groups["value"].Value}' is not a valid {TypeName(match.Groups["type"].Value)}."]),
        // Several hosted services or validators failed together: the host throws them as one.
        AggregateException aggregate => Combine(aggregate.Flatten().InnerExceptions.Select(From).ToList()),
        _ => null,
    };

    private static StartupFailure? Combine(List<StartupFailure?> failures) =>
        failures.Count == 0 || failures.Any(f => f is null)
            ? null
            : new(failures.Min(f => f!.ExitCode), [.. failures.SelectMany(f => f!.Lines)]);

    // "System.Nullable`1[[System.Boolean, ...]]" or "System.Boolean" reads as "Boolean".
    private static string TypeName(string type) => TypeNamePart().Match(type) is { Success: true } m ? m.Groups["name"].Value : type;

    // The configuration binder's message (Microsoft.Extensions.Configuration.Binder, Error_FailedBinding).
    [GeneratedRegex(@"^Failed to convert configuration value '(?<value>.*)' at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex BindingFailure();

    [GeneratedRegex(@"(?:System\.Nullable`1\[+)?(?:\w+\.)*(?<name>\w+)")]
    private static partial Regex TypeNamePart();
}
