using System.Text;
using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Ingestion.Tests.Input;

/// <summary>Standard-input style reading: a non-seekable stream read in small pieces.</summary>
public sealed class JsonLinesStreamTests
{
    private readonly ArticleReader reader = ReaderTestHelpers.CreateReader();

    [Fact]
    public async Task ReadJsonLinesAsync_NonSeekableTrickleStream_AllRecordsWithStdinOrigins()
    {
        var input = "{\"id\":\"s1\",\"text\":\"From standard input.\"}\n\n{\"text\":\"No id here.\"}\nnot json\n{\"text\":\"Last, no newline.\"}";
        await using var stream = new TrickleStream(Encoding.UTF8.GetBytes(input), chunk: 3);

        var results = await reader.ReadJsonLinesAsync(stream, "stdin", TestContext.Current.CancellationToken).ToListAsync();

        Assert.Equal(4, results.Count);
        Assert.Equal("s1", Assert.IsType<ArticleReadResult.Success>(results[0]).Article.Id);
        var noId = Assert.IsType<ArticleReadResult.Success>(results[1]).Article;
        Assert.Equal("stdin#3", noId.Id);
        Assert.Equal("stdin:3", noId.Origin);
        var bad = Assert.IsType<ArticleReadResult.Failure>(results[2]);
        Assert.Equal("stdin:4", bad.Origin);
        Assert.Contains("malformed JSON on line 4", bad.Reason, StringComparison.Ordinal);
        Assert.Equal("Last, no newline.", Assert.IsType<ArticleReadResult.Success>(results[3]).Article.Text);
    }

    [Fact]
    public async Task ReadJsonLinesAsync_Utf16StreamWithBom_Transcoded()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        byte[] bytes = [.. encoding.GetPreamble(), .. encoding.GetBytes("{\"text\":\"Piped from a shell — ünïcode.\"}\r\n")];
        await using var stream = new TrickleStream(bytes, chunk: 1);

        var article = (await reader.ReadJsonLinesAsync(stream, "stdin", TestContext.Current.CancellationToken).ToListAsync()).SingleSuccess().Article;

        Assert.Equal("Piped from a shell — ünïcode.", article.Text);
    }

    [Fact]
    public async Task ReadJsonLinesAsync_EmptyStream_NoResults()
    {
        await using var stream = new MemoryStream();

        var results = await reader.ReadJsonLinesAsync(stream, "stdin", TestContext.Current.CancellationToken).ToListAsync();

        Assert.Empty(results);
    }

    [Fact]
    public async Task ReadJsonLinesAsync_LineOverLimitInStream_FailureThenNextLineRead()
    {
        var small = ReaderTestHelpers.CreateReader(maxArticleBytes: 64);
        var input = "{\"text\":\"" + new string('q', 500) + "\"}\n{\"text\":\"Fits.\"}\n";
        await using var stream = new TrickleStream(Encoding.UTF8.GetBytes(input), chunk: 7);

        var results = await small.ReadJsonLinesAsync(stream, "pipe", TestContext.Current.CancellationToken).ToListAsync();

        Assert.Equal(2, results.Count);
        var failure = Assert.IsType<ArticleReadResult.Failure>(results[0]);
        Assert.Equal("pipe:1", failure.Origin);
        Assert.Contains("line 1 is 511 bytes, over the limit of 64 bytes", failure.Reason, StringComparison.Ordinal);
        Assert.Equal("Fits.", Assert.IsType<ArticleReadResult.Success>(results[1]).Article.Text);
    }

    [Fact]
    public async Task ReadJsonLinesAsync_FileNameOrigin_IdFallbackUsesNameWithoutExtension()
    {
        await using var stream = new MemoryStream("{\"text\":\"x\"}\n"u8.ToArray());

        var article = (await reader.ReadJsonLinesAsync(stream, "/data/in/batch-7.jsonl", TestContext.Current.CancellationToken).ToListAsync()).SingleSuccess().Article;

        Assert.Equal("batch-7#1", article.Id);
        Assert.Equal("/data/in/batch-7.jsonl:1", article.Origin);
    }

    /// <summary>Hands out a few bytes per read and cannot seek, like a pipe.</summary>
    private sealed class TrickleStream(byte[] content, int chunk) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(Math.Min(chunk, buffer.Length), content.Length - position);
            content.AsSpan(position, count).CopyTo(buffer);
            position += count;
            return count;
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            await Task.Yield();
            return Read(buffer.Span);
        }

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
