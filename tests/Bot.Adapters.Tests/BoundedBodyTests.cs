using Bot.Adapters;
using Microsoft.AspNetCore.Http;

namespace Bot.Adapters.Tests;

public class BoundedBodyTests
{
    [Theory]
    [InlineData(0, true)]
    [InlineData(100, true)]
    [InlineData(100, false)]
    [InlineData(20_000, false)]
    public async Task BodyAtOrUnderTheLimit_IsReadWhole(int length, bool declareLength)
    {
        var body = await BoundedBody.ReadAsync(Request(length, declareLength), Math.Max(length, 1));

        Assert.NotNull(body);
        Assert.Equal(length, body.Length);
    }

    [Theory]
    [InlineData(101, true)]
    [InlineData(101, false)]
    [InlineData(1024 * 1024, false)]
    public async Task BodyOverTheLimit_IsTooLarge(int length, bool declareLength) =>
        Assert.Null(await BoundedBody.ReadAsync(Request(length, declareLength), 100));

    [Theory]
    [InlineData(5_000, null)]
    [InlineData(5_000, 5_000L)]
    [InlineData(5_000, 10L)]
    public async Task Body_IsReadByteForByte_WhateverContentLengthSays(int length, long? declared)
    {
        var sent = new byte[length];
        new Random(11).NextBytes(sent);
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(sent);
        context.Request.ContentLength = declared;

        var body = await BoundedBody.ReadAsync(context.Request, 64 * 1024);

        Assert.Equal(sent, body);
    }

    private static HttpRequest Request(int length, bool declareLength)
    {
        var context = new DefaultHttpContext();
        context.Request.Body = new MemoryStream(new byte[length]);
        if (declareLength)
            context.Request.ContentLength = length;
        return context.Request;
    }
}
