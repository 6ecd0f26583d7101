using Bot.Core.Answering.Semantic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Semantic.Tests;

public sealed class SemanticHostingExtensionsTests
{
    [Theory]
    [InlineData(null, typeof(ArcticXsEncoder))]
    [InlineData("arcticxs", typeof(ArcticXsEncoder))]
    [InlineData(" MiniLM ", typeof(MiniLmEncoder))]
    [InlineData("minilm", typeof(MiniLmEncoder))]
    public void AddSentenceEncoder_RegistersTheEncoderConfigurationNames(string? setting, Type expected)
    {
        using var provider = Provider(setting);

        Assert.IsType(expected, provider.GetRequiredService<ISentenceEncoder>());
        Assert.Same(provider.GetRequiredService<ISentenceEncoder>(), provider.GetRequiredService<ISentenceEncoder>());
    }

    [Fact]
    public void AddSentenceEncoder_RegistersNoEncoderForNone()
    {
        using var provider = Provider("none");

        Assert.Null(provider.GetService<ISentenceEncoder>());
    }

    [Fact]
    public async Task AddSentenceEncoder_FailsStartUpForAnUnknownName()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("Answering:Encoder", "bert")]);
        builder.Services.AddSentenceEncoder();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Answering:Encoder", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"bert\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"arcticxs\", \"minilm\", \"none\"", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Provider(string? setting)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(setting is null ? [] : [new("Answering:Encoder", setting)])
            .Build();
        return new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddSentenceEncoder().BuildServiceProvider();
    }
}
