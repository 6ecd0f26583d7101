namespace Bot.Adapters.Telemetry;

/// <summary>A reply queue as the metrics see it: its name, what waits in it and what it turned away.</summary>
internal interface IMeteredQueue
{
    string Name { get; }

    int Pending { get; }

    long Dropped { get; }
}
