using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Answering.Semantic;
using Bot.Core.Facts;
using Bot.Core.Telemetry;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Hosting;

public static class BotCoreHostingExtensions
{
    /// <summary>The fact store, the article loader that fills it at start-up, and the answering core: the command
    /// router as <see cref="IArticleAnswerer"/>, the completer as <see cref="ICompleter"/>, and the question answerer
    /// that Answering:QuestionAnswerer names (validated at start-up; "ranked" by default), and the
    /// background encoding of the article's sentences when the host registers an <see cref="ISentenceEncoder"/>.</summary>
    public static IHostApplicationBuilder AddBotCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<ArticleOptions>()
            .BindConfiguration(ArticleOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<FactStore>();
        services.AddSingleton<IFactStore>(sp => sp.GetRequiredService<FactStore>());
        services.AddSingleton<ArticleLoaderService>();
        services.AddHostedService(sp => sp.GetRequiredService<ArticleLoaderService>());

        services.AddOptions<AnsweringOptions>().BindConfiguration(AnsweringOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AnsweringOptions>, AnsweringOptionsValidator>());
        services.AddQuestionAnswerer<LexicalQuestionAnswerer>(LexicalQuestionAnswerer.Name);
        services.AddQuestionAnswerer<RankedQuestionAnswerer>(RankedQuestionAnswerer.Name);

        // The vectors use whatever ISentenceEncoder the host registers; with none, answers stay lexical.
        services.AddSingleton(sp => new SentenceVectorStore(sp.GetService<ISentenceEncoder>()));
        services.AddHostedService<SentenceEmbeddingService>();
        services.AddSingleton(sp =>
        {
            var wanted = sp.GetRequiredService<IOptions<AnsweringOptions>>().Value.QuestionAnswerer;
            var name = AnsweringOptionsValidator.Find(sp.GetServices<QuestionAnswererName>(), wanted)
                ?? throw new InvalidOperationException($"No question answerer is registered as \"{wanted}\".");
            return sp.GetRequiredKeyedService<IQuestionAnswerer>(name.Name);
        });
        services.AddSingleton<ICompleter, Completer>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CoreMetrics>();
        services.AddSingleton<CommandRouter>();
        services.AddSingleton<IArticleAnswerer>(sp => new MeteredAnswerer(sp.GetRequiredService<CommandRouter>(), sp.GetRequiredService<CoreMetrics>()));
        return builder;
    }

    /// <summary>Makes <typeparamref name="TAnswerer"/> available as the question answerer called
    /// <paramref name="name"/>, for Answering:QuestionAnswerer to choose. This is where another answerer plugs in.</summary>
    public static IServiceCollection AddQuestionAnswerer<TAnswerer>(this IServiceCollection services, string name)
        where TAnswerer : class, IQuestionAnswerer
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        services.AddKeyedSingleton<IQuestionAnswerer, TAnswerer>(name);
        services.AddSingleton(new QuestionAnswererName(name));
        return services;
    }
}
