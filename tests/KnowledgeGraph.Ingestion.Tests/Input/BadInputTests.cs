using System.Text;
using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Ingestion.Tests.Input;

/// <summary>Each bad input yields exactly one failure naming it and the reason; good files in the batch still come through.</summary>
public sealed class BadInputTests : IDisposable
{
    private const string GoodText = "date 2024-06-01 Talks resumed in Doha\nNegotiators returned to the table.";

    private readonly TempFolder folder = new();
    private readonly ArticleReader reader = ReaderTestHelpers.CreateReader();

    public void Dispose() => folder.Dispose();

    public static TheoryData<string, string> BadFiles => new()
    {
        { "empty", "is empty" },
        { "whitespace", "is empty or whitespace only" },
        { "binary", "NUL byte" },
        { "controls", "control characters: binary data" },
        { "invalid-utf8", "not valid UTF-8 at byte 9" },
        { "invalid-utf16", "not valid UTF-16" },
        { "html-empty", "HTML has no readable text" },
        { "json-no-text", "no \"text\"" },
        { "json-number", "holds a number" },
        { "json-text-not-string", "\"text\" is a boolean, expected a string" },
        { "json-malformed", "malformed JSON" },
        { "unknown-extension", "unsupported file type '.pdf'" },
        { "jsonl-empty", "no JSON Lines records" },
        { "missing", "does not exist" },
        { "binary-without-nul", "binary data, not text (not valid UTF-8 at byte 0)" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task ReadAsync_BadFileBetweenGoodFiles_OneFailureNamingFileAndReason_GoodFilesRead(string kind, string expectedReason)
    {
        var before = folder.Write("before.txt", GoodText);
        var bad = WriteBadFile(kind);
        var after = folder.Write("after.md", GoodText);

        var results = await reader.ReadAllAsync(before, bad, after);

        Assert.Equal(3, results.Count);
        Assert.Equal(before, Assert.IsType<ArticleReadResult.Success>(results[0]).Article.Origin);
        var failure = Assert.IsType<ArticleReadResult.Failure>(results[1]);
        Assert.Contains(Path.GetFileName(bad), failure.Origin, StringComparison.Ordinal);
        Assert.Contains(expectedReason, failure.Reason, StringComparison.Ordinal);
        Assert.Equal(after, Assert.IsType<ArticleReadResult.Success>(results[2]).Article.Origin);
    }

    private string WriteBadFile(string kind) => kind switch
    {
        "empty" => folder.WriteBytes("empty.txt", []),
        "whitespace" => folder.Write("blank.txt", " \n\t\r\n   \n"),
        "binary" => folder.WriteBytes("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]),
        "controls" => folder.Write("controls.txt", string.Concat(Enumerable.Repeat("ab\u0001\u0002\u0003\u0004", 50))),
        "invalid-utf8" => folder.WriteBytes("latin1.txt", [.. "Caf"u8, .. " ok "u8, .. "xx"u8, 0xE9, .. " au lait"u8]),
        "invalid-utf16" => folder.WriteBytes("badutf16.txt", [0xFF, 0xFE, (byte)'a', 0, 0x00, 0xD8, (byte)'b', 0]),
        "html-empty" => folder.Write("empty.html", "<html><head><title>t</title><script>x()</script></head><body><nav>Home</nav></body></html>"),
        "json-no-text" => folder.Write("notext.json", """{"id": "n1", "title": "Headline only"}"""),
        "json-number" => folder.Write("number.json", "42"),
        "json-text-not-string" => folder.Write("textbool.json", """{"text": true}"""),
        "json-malformed" => folder.Write("malformed.json", """{"text": "missing brace" """),
        "unknown-extension" => folder.Write("report.pdf", "%PDF-1.7 not really"),
        "jsonl-empty" => folder.Write("nothing.jsonl", "\n\n  \n"),
        "missing" => Path.Combine(folder.Path, "no-such-file.txt"),
        "binary-without-nul" => folder.WriteBytes("archive.md", [0x8B, 0x1F, 0x08, 0x01, 0x02, 0x03, 0xFF, 0xFE, 0x10, 0x11, 0x12, 0x13, 0x14, 0x15, 0x16, 0x17]),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Fact]
    public async Task ReadAsync_FiftyMegabyteTextFile_FailureStatesSizeLimitAndConfigKey()
    {
        var path = WriteLargeFile("huge.txt", 50L * 1024 * 1024, (byte)'a');

        var failure = (await reader.ReadAllAsync(path)).SingleFailure();

        Assert.Equal(path, failure.Origin);
        Assert.Equal("is 52,428,800 bytes, over the limit of 2,097,152 bytes per article (configuration key Input:MaxArticleBytes)", failure.Reason);
    }

    [Fact]
    public async Task ReadAsync_FiftyMegabyteJsonLinesLine_LineFailsAndFollowingLinesRead()
    {
        var path = Path.Combine(folder.Path, "huge.jsonl");
        await using (var stream = File.Create(path))
        {
            await stream.WriteAsync("{\"text\":\"First line.\"}\n{\"text\":\""u8.ToArray(), TestContext.Current.CancellationToken);
            var block = new byte[1024 * 1024];
            Array.Fill(block, (byte)'z');
            for (var i = 0; i < 50; i++)
            {
                await stream.WriteAsync(block, TestContext.Current.CancellationToken);
            }

            await stream.WriteAsync("\"}\n{\"text\":\"Third line.\"}\n"u8.ToArray(), TestContext.Current.CancellationToken);
        }

        var results = await reader.ReadAllAsync(path);

        Assert.Equal(3, results.Count);
        Assert.Equal("First line.", Assert.IsType<ArticleReadResult.Success>(results[0]).Article.Text);
        var failure = Assert.IsType<ArticleReadResult.Failure>(results[1]);
        Assert.Equal($"{path}:2", failure.Origin);
        Assert.Equal("line 2 is 52,428,811 bytes, over the limit of 2,097,152 bytes per article (configuration key Input:MaxArticleBytes)", failure.Reason);
        Assert.Equal("Third line.", Assert.IsType<ArticleReadResult.Success>(results[2]).Article.Text);
    }

    [Fact]
    public async Task ReadAsync_HtmlOverConfiguredLimit_Failure()
    {
        var path = folder.Write("page.html", "<html><body><p>" + new string('w', 5000) + "</p></body></html>");

        var failure = (await ReaderTestHelpers.CreateReader(maxArticleBytes: 4096).ReadAllAsync(path)).SingleFailure();

        Assert.Contains("over the limit of 4,096 bytes", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_TextExactlyAtLimit_Read()
    {
        var content = "Exactly at the limit " + new string('.', 100 - 21);
        var path = folder.Write("exact.txt", content);

        var article = (await ReaderTestHelpers.CreateReader(maxArticleBytes: 100).ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal(content, article.Text);
    }

    [Fact]
    public async Task ReadAsync_NulBytesInUtf8TextWithoutBom_FailureSaysBinaryAndGivesOffset()
    {
        var path = folder.WriteBytes("nul.txt", Encoding.Unicode.GetBytes("UTF-16 without a byte-order mark"));

        var failure = (await reader.ReadAllAsync(path)).SingleFailure();

        Assert.Contains("NUL byte at byte 1", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("UTF-16 text without a byte-order mark", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_BinaryJsonLinesFile_OneFailureForTheFile()
    {
        var bytes = new byte[10_000];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;
        var path = folder.WriteBytes("random.jsonl", bytes);

        var failure = (await reader.ReadAllAsync(path)).SingleFailure();

        Assert.Equal(path, failure.Origin);
        Assert.Contains("binary data", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_EmptyPathArgument_Failure()
    {
        var results = await reader.ReadAllAsync("", "  ");

        Assert.Equal(2, results.Count);
        Assert.All(results, r => Assert.Contains("empty path", Assert.IsType<ArticleReadResult.Failure>(r).Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_CancelledBeforeStart_Throws()
    {
        var path = folder.Write("a.txt", GoodText);
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in reader.ReadAsync([path], cancellation.Token))
            {
            }
        });
    }

    [Fact]
    public async Task ReadAsync_CancelledMidFolder_StopsWithoutReadingTheRest()
    {
        for (var i = 0; i < 10; i++)
        {
            folder.Write($"doc{i:D2}.txt", GoodText);
        }

        using var cancellation = new CancellationTokenSource();
        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in reader.ReadAsync([folder.Path], cancellation.Token))
            {
                if (++seen == 3)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(3, seen);
    }

    [Fact]
    public async Task ReadJsonLinesAsync_CancelledMidStream_Throws()
    {
        var lines = string.Concat(Enumerable.Range(0, 100).Select(i => $"{{\"text\":\"Item {i}.\"}}\n"));
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(lines));
        using var cancellation = new CancellationTokenSource();
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in reader.ReadJsonLinesAsync(stream, "stdin", cancellation.Token))
            {
                if (++seen == 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        Assert.Equal(5, seen);
    }

    private string WriteLargeFile(string name, long size, byte fill)
    {
        var path = Path.Combine(folder.Path, name);
        using var stream = File.Create(path);
        var block = new byte[1024 * 1024];
        Array.Fill(block, fill);
        for (long written = 0; written < size; written += block.Length)
        {
            stream.Write(block, 0, (int)Math.Min(block.Length, size - written));
        }

        return path;
    }
}
