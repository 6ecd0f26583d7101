using Bot.Core.Answering.Semantic;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Semantic;

/// <summary>Registers the sentence encoder that configuration chooses.</summary>
public static class SemanticHostingExtensions
{
    /// <summary>Binds Answering:Encoder (validated at start-up: "arcticxs" by default, "minilm" or "none") and
    /// registers the chosen <see cref="ISentenceEncoder"/> as a singleton. Configuration is only known once the
    /// container is built, so the choice is made then: with "none" the service resolves to null (take it as
    /// <c>ISentenceEncoder? encoder = null</c> or through <c>GetService</c>) and answering stays lexical. The model
    /// itself loads on the first encode, not here.</summary>
    public static IServiceCollection AddSentenceEncoder(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<SentenceEncoderOptions>().BindConfiguration(SentenceEncoderOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SentenceEncoderOptions>, SentenceEncoderOptionsValidator>());
        services.AddSingleton<ArcticXsEncoder>();
        services.AddSingleton<MiniLmEncoder>();
        services.TryAdd(ServiceDescriptor.Singleton<ISentenceEncoder>(sp => Choose(sp)!));
        return services;
    }

    private static ISentenceEncoder? Choose(IServiceProvider services) =>
        SentenceEncoderOptionsValidator.Resolve(services.GetRequiredService<IOptions<SentenceEncoderOptions>>().Value.Encoder) switch
        {
            SentenceEncoderOptions.ArcticXs => services.GetRequiredService<ArcticXsEncoder>(),
            SentenceEncoderOptions.MiniLm => services.GetRequiredService<MiniLmEncoder>(),
            _ => null,
        };
}
