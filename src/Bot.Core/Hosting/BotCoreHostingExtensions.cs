using Bot.Core.Answering;
using Bot.Core.Facts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Core.Hosting;

public static class BotCoreHostingExtensions
{
    /// <summary>The fact store, the article loader that fills it at start-up and the answering core.</summary>
    public static IHostApplicationBuilder AddBotCore(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<ArticleOptions>()
            .BindConfiguration(ArticleOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<FactStore>();
        builder.Services.AddSingleton<IFactStore>(sp => sp.GetRequiredService<FactStore>());
        builder.Services.AddSingleton<ArticleLoaderService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ArticleLoaderService>());
        builder.Services.AddSingleton<IArticleAnswerer, ArticleAnswerer>();
        return builder;
    }
}
