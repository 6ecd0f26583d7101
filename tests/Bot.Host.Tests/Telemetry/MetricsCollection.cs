namespace Bot.Host.Tests.Telemetry;

/// <summary>The exporter listens to every meter named ArticleBot in the process, so a test that reads exact counts
/// from /metrics runs while no other host in this test process answers anything.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics";
}
