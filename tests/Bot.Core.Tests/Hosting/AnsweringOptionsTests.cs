using Bot.Core.Answering;
using Bot.Core.Answering.Ranking;
using Bot.Core.Hosting;
using Bot.Core.Tests.Answering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Hosting;

public sealed class AnsweringOptionsTests
{
    [Theory]
    [InlineData(null, typeof(RankedQuestionAnswerer))]
    [InlineData("ranked", typeof(RankedQuestionAnswerer))]
    [InlineData("lexical", typeof(LexicalQuestionAnswerer))]
    [InlineData(" Lexical ", typeof(LexicalQuestionAnswerer))]
    public void AddBotCore_ResolvesTheNamedQuestionAnswerer(string? name, Type expected)
    {
        using var host = BuildHost(name);

        Assert.IsType(expected, host.Services.GetRequiredService<IQuestionAnswerer>());
        // The router answers; the seam adapters get is the router behind its metrics.
        Assert.IsType<Bot.Core.Telemetry.MeteredAnswerer>(host.Services.GetRequiredService<IArticleAnswerer>());
        Assert.IsType<CommandRouter>(host.Services.GetRequiredService<CommandRouter>());
        Assert.IsType<Completer>(host.Services.GetRequiredService<ICompleter>());
    }

    [Fact]
    public void AddQuestionAnswerer_MakesAnotherImplementationSelectable()
    {
        using var host = BuildHost("fake", services => services.AddQuestionAnswerer<FakeQuestionAnswererForHosting>("fake"));

        Assert.IsType<FakeQuestionAnswererForHosting>(host.Services.GetRequiredService<IQuestionAnswerer>());
    }

    [Fact]
    public async Task Start_WithUnknownQuestionAnswerer_FailsNamingTheSettingAndTheChoices()
    {
        using var host = BuildHost("telepathic");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Answering:QuestionAnswerer", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"lexical\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"ranked\"", error.Message, StringComparison.Ordinal);
    }

    private static IHost BuildHost(string? questionAnswerer, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = TestPaths.RepositoryRoot, DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Article:Path"] = TestPaths.Seed,
            ["Article:Watch"] = "false",
            ["Answering:QuestionAnswerer"] = questionAnswerer,
        });
        builder.Logging.ClearProviders();
        builder.AddBotCore();
        configure?.Invoke(builder.Services);
        return builder.Build();
    }
}
