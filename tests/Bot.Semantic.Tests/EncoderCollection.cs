namespace Bot.Semantic.Tests;

[CollectionDefinition(Name)]
public sealed class EncoderCollection : ICollectionFixture<EncoderFixture>
{
    public const string Name = "Encoders";
}
