using System.Text;

namespace Bot.Core.Articles;

/// <summary>Reads an article file (plain text, Markdown or HTML) into blocks and sentences.</summary>
/// <remarks>Every problem with the file, including I/O errors, surfaces as an <see cref="ArticleLoadException"/>
/// whose message is one line: "path: problem".</remarks>
public static class ArticleLoader
{
    /// <summary>Files above this size are refused: a news article is far smaller, and extraction is in memory.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ArticleDocument Load(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw ArticleLoadException.For(path ?? string.Empty, "no article file given");
        }

        var bytes = Read(path);
        return Parse(Decode(bytes, path), path);
    }

    /// <summary>Parses article text already in memory; <paramref name="sourcePath"/> picks the format by extension and names the file in errors.</summary>
    public static ArticleDocument Parse(string content, string sourcePath)
    {
        ArgumentNullException.ThrowIfNull(content);
        sourcePath ??= string.Empty;
        if (content.Contains('\0', StringComparison.Ordinal))
        {
            throw ArticleLoadException.For(sourcePath, "file is binary (contains NUL bytes), not article text");
        }

        if (content.AsSpan().TrimStart('\uFEFF').IsWhiteSpace())
        {
            throw ArticleLoadException.For(sourcePath, "file is empty");
        }

        ArticleDocument document;
        try
        {
            document = ParseFormat(content, sourcePath);
        }
        catch (Exception ex) when (ex is not (ArticleLoadException or OutOfMemoryException))
        {
            // The Markdown, HTML and YAML libraries are robust, but a bad file must never take the host down.
            throw new ArticleLoadException($"{sourcePath}: cannot be parsed: {FrontMatter.OneLine(ex.Message)}", ex);
        }

        return document.Paragraphs.Count > 0
            ? document
            : throw ArticleLoadException.For(sourcePath, "no citable paragraph (only a title, captions or boilerplate)");
    }

    private static ArticleDocument ParseFormat(string content, string sourcePath)
    {
        ArticleMetadata metadata;
        List<RawBlock> blocks;
        var format = DetectFormat(content, sourcePath);
        if (format == ArticleFormat.Html)
        {
            (metadata, blocks) = HtmlArticleParser.Parse(content);
        }
        else
        {
            (metadata, var bodyStart) = FrontMatter.Read(content, sourcePath);
            if (content.AsSpan(bodyStart).IsWhiteSpace())
            {
                throw ArticleLoadException.For(sourcePath, "file has front matter but no article text");
            }

            blocks = format == ArticleFormat.Markdown
                ? MarkdownArticleParser.Parse(content, bodyStart)
                : PlainTextArticleParser.Parse(content, bodyStart);
        }

        return ArticleAssembler.Build(content, sourcePath, metadata, blocks);
    }

    internal static ArticleFormat DetectFormat(string content, string path)
    {
        var head = content.AsSpan().TrimStart('\uFEFF').TrimStart();
        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.Html;
        }

        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".HTML" or ".HTM" or ".XHTML" => ArticleFormat.Html,
            ".MD" or ".MARKDOWN" or ".MDOWN" or ".MKD" => ArticleFormat.Markdown,
            _ => ArticleFormat.PlainText,
        };
    }

    private static byte[] Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw ArticleLoadException.For(path, Directory.Exists(path) ? "is a directory, not an article file" : "file not found");
            }

            if (info.Length > MaxFileBytes)
            {
                throw ArticleLoadException.For(path, $"file is too large ({info.Length} bytes; the limit is 5 MB)");
            }

            return ReadBounded(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or System.Security.SecurityException)
        {
            throw new ArticleLoadException($"{path}: cannot read file: {FrontMatter.OneLine(ex.Message)}", ex);
        }
    }

    // The size on disk can lie (a device, a pipe, a file still growing), so the read itself stops past the limit.
    // Sharing read-write lets the article be reloaded while an editor still holds it open.
    private static byte[] ReadBounded(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var memory = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            memory.Write(chunk, 0, read);
            if (memory.Length > MaxFileBytes)
            {
                throw ArticleLoadException.For(path, "file is too large (over 5 MB)");
            }
        }

        return memory.ToArray();
    }

    private static string Decode(byte[] bytes, string path)
    {
        try
        {
            // UTF-16 text carries NUL bytes but is still text; it announces itself with a byte-order mark.
            if (bytes is [0xFF, 0xFE, ..])
            {
                return new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }

            if (bytes is [0xFE, 0xFF, ..])
            {
                return new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes, 2, bytes.Length - 2);
            }

            if (Array.IndexOf(bytes, (byte)0) >= 0)
            {
                throw ArticleLoadException.For(path, "file is binary (contains NUL bytes), not article text");
            }

            var skip = bytes is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
            var text = StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
            return LooksBinary(text)
                ? throw ArticleLoadException.For(path, "file is binary (mostly control characters), not article text")
                : text;
        }
        catch (DecoderFallbackException)
        {
            throw ArticleLoadException.For(path, "file is not valid UTF-8 text (binary or another encoding)");
        }
    }

    // Valid UTF-8 can still be a binary blob; real text has almost no control characters besides line breaks and tabs.
    private static bool LooksBinary(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c < ' ' && c is not ('\n' or '\r' or '\t' or '\f' or '\v'))
            {
                controls++;
            }
        }

        return controls > 8 && controls * 100 > text.Length;
    }
}
