using System.Text.Json;
using System.Text.Unicode;

namespace Bot.Adapters;

/// <summary>
/// Finds text in a webhook body that cannot become a .NET string: a lone UTF-16 surrogate escape (<c>"\ud800"</c>)
/// or bytes that are not UTF-8. The serializer accepts such a body when the string sits in a <see cref="JsonElement"/>
/// and only throws later, deep in a handler, as a 500; checking up front turns it into a 400 like any other bad body.
/// </summary>
internal static class WireText
{
    /// <summary>Why the JSON's strings are unreadable, or null when they are all fine (or the JSON is broken, which
    /// the caller's parser reports in its own words).</summary>
    public static string? JsonProblem(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName))
                    continue;
                try
                {
                    _ = reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    return "a string is not valid Unicode (a lone surrogate or invalid UTF-8)";
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }

        return null;
    }

    /// <summary>False when a form body, once percent-decoded, is not UTF-8 (<c>%ED%A0%80</c> is an encoded lone surrogate).</summary>
    public static bool IsUtf8Form(ReadOnlySpan<byte> form)
    {
        var decoded = new byte[form.Length];
        var length = 0;
        for (var i = 0; i < form.Length; i++)
        {
            // A '%' not followed by two hex digits is kept as it is, the way the form parser reads it.
            if (form[i] == (byte)'%' && i + 2 < form.Length && IsHex(form[i + 1]) && IsHex(form[i + 2]))
            {
                decoded[length++] = (byte)((Hex(form[i + 1]) << 4) | Hex(form[i + 2]));
                i += 2;
            }
            else
            {
                decoded[length++] = form[i];
            }
        }

        return Utf8.IsValid(decoded.AsSpan(0, length));
    }

    private static bool IsHex(byte b) => b is >= (byte)'0' and <= (byte)'9' or >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int Hex(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
