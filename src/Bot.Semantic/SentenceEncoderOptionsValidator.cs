using Microsoft.Extensions.Options;

namespace Bot.Semantic;

/// <summary>Fails start-up when Answering:Encoder names no encoder, listing the allowed values.</summary>
internal sealed class SentenceEncoderOptionsValidator : IValidateOptions<SentenceEncoderOptions>
{
    public ValidateOptionsResult Validate(string? name, SentenceEncoderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Resolve(options.Encoder) is not null)
        {
            return ValidateOptionsResult.Success;
        }

        var allowed = string.Join(", ", SentenceEncoderOptions.Names.Select(n => $"\"{n}\""));
        return ValidateOptionsResult.Fail(
            $"{SentenceEncoderOptions.SectionName}:{nameof(SentenceEncoderOptions.Encoder)} is \"{options.Encoder}\", which is not a sentence encoder; use one of {allowed}.");
    }

    /// <summary>The allowed name <paramref name="wanted"/> spells regardless of case (blank means the default, as
    /// an empty setting from the environment does), or null.</summary>
    public static string? Resolve(string? wanted)
    {
        var name = string.IsNullOrWhiteSpace(wanted) ? SentenceEncoderOptions.ArcticXs : wanted.Trim();
        return SentenceEncoderOptions.Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
    }
}
