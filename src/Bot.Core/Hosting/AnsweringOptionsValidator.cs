using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Microsoft.Extensions.Options;

namespace Bot.Core.Hosting;

/// <summary>Fails start-up when Answering:QuestionAnswerer names no registered answerer, listing the ones there are.</summary>
internal sealed class AnsweringOptionsValidator(IEnumerable<QuestionAnswererName> registered) : IValidateOptions<AnsweringOptions>
{
    public ValidateOptionsResult Validate(string? name, AnsweringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Find(registered, options.QuestionAnswerer) is not null)
        {
            return ValidateOptionsResult.Success;
        }

        var known = string.Join(", ", registered.Select(r => $"\"{r.Name}\"").Distinct(StringComparer.OrdinalIgnoreCase));
        return ValidateOptionsResult.Fail($"{AnsweringOptions.SectionName}:{nameof(AnsweringOptions.QuestionAnswerer)} is \"{options.QuestionAnswerer}\", which is not a question answerer; use one of {known}.");
    }

    /// <summary>The registered name matching <paramref name="wanted"/> regardless of case (blank means the default
    /// answerer, as an empty setting from the environment does); the last registration wins.</summary>
    public static QuestionAnswererName? Find(IEnumerable<QuestionAnswererName> registered, string? wanted)
    {
        var name = string.IsNullOrWhiteSpace(wanted) ? RankedQuestionAnswerer.Name : wanted.Trim();
        return registered.LastOrDefault(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase));
    }
}
