using Bot.Core.Articles;
using Bot.Core.Facts;
using Bot.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Hosting;

public sealed class ArticleLoaderServiceTests : IDisposable
{
    private const string FirstArticle = "First Title\n\nThe mayor said on Monday that the bridge would reopen.\n";
    private const string SecondArticle = "Second Title\n\nThe council voted to close the library, officials said.\n";

    private readonly string folder = Directory.CreateTempSubdirectory("articlebot-store-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Start_LoadsTheArticleBeforeTheHostRuns()
    {
        File.WriteAllText(Path.Combine(folder, "article.txt"), FirstArticle);
        using var host = BuildHost("article.txt");

        await host.StartAsync();

        var store = host.Services.GetRequiredService<IFactStore>();
        Assert.Equal("First Title", store.Current?.Article.Title);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_WithMissingArticle_FailsWithOneLineNamingTheFile()
    {
        using var host = BuildHost("absent.txt");

        var error = await Assert.ThrowsAsync<ArticleLoadException>(() => host.StartAsync());

        Assert.Contains("absent.txt", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public async Task ChangedFile_IsReloadedAndSwappedIn()
    {
        var path = Path.Combine(folder, "article.txt");
        File.WriteAllText(path, FirstArticle);
        using var host = BuildHost("article.txt");
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IFactStore>();
        var first = store.Current;

        File.WriteAllText(path, SecondArticle);

        var swapped = await WaitForAsync(() => store.Current?.Article.Title == "Second Title");
        Assert.True(swapped, "the store never picked up the changed article");
        Assert.Equal("First Title", first?.Article.Title);
        await host.StopAsync();
    }

    [Fact]
    public async Task UnreadableChangedFile_KeepsThePreviousSnapshotUntilFixed()
    {
        var path = Path.Combine(folder, "article.txt");
        File.WriteAllText(path, FirstArticle);
        using var host = BuildHost("article.txt");
        await host.StartAsync();
        var store = host.Services.GetRequiredService<IFactStore>();
        var before = store.Current;

        File.Delete(path);
        await Task.Delay(TimeSpan.FromSeconds(1));
        var afterBreak = store.Current;
        File.WriteAllText(path, SecondArticle);
        var recovered = await WaitForAsync(() => store.Current?.Article.Title == "Second Title");

        Assert.NotNull(before);
        Assert.Same(before, afterBreak);
        Assert.True(recovered, "the store did not recover after the file was fixed");
        await host.StopAsync();
    }

    private IHost BuildHost(string articlePath)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = folder, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Article:Path"] = articlePath });
        builder.Logging.ClearProviders();
        builder.AddBotCore();
        return builder.Build();
    }

    private static async Task<bool> WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        return condition();
    }
}
