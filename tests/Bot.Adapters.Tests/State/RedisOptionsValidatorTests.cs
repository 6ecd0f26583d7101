using Bot.Adapters.State;

namespace Bot.Adapters.Tests.State;

public class RedisOptionsValidatorTests
{
    [Theory]
    [InlineData(null, true)]
    [InlineData("127.0.0.1:6379", true)]
    [InlineData("redis:6379,password=secret,ssl=true", true)]
    [InlineData("127.0.0.1:6379,nosuchoption=1", false)]
    [InlineData(",", false)]
    public void Validate_AcceptsOnlyAConfigurationStackExchangeRedisCanRead(string? configuration, bool valid)
    {
        var result = new RedisOptionsValidator().Validate(null, new RedisOptions { Configuration = configuration });

        Assert.Equal(valid, result.Succeeded);
    }

    [Fact]
    public void Validate_NeverEchoesThePassword()
    {
        var result = new RedisOptionsValidator().Validate(null, new RedisOptions { Configuration = "127.0.0.1:6379,password=hunter2,bogus=1" });

        Assert.True(result.Failed);
        Assert.DoesNotContain("hunter2", result.FailureMessage, StringComparison.Ordinal);
    }
}
