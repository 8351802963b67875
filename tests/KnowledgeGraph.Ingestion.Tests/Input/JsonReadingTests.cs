using System.Text;
using KnowledgeGraph.Ingestion.Input;

namespace KnowledgeGraph.Ingestion.Tests.Input;

public sealed class JsonReadingTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly ArticleReader reader = ReaderTestHelpers.CreateReader();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task ReadAsync_SingleJsonRecord_AllFieldsRead()
    {
        var path = folder.Write("one.json", """
            {"id": "wire-77", "title": "Port blockade ends", "text": "The navy lifted the blockade of the port.\r\nShips left at dawn.",
             "date": "2022-08-01", "url": "https://example.com/p", "source": "Example Wire", "extra": {"ignored": true}}
            """);

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal("wire-77", article.Id);
        Assert.Equal("Port blockade ends", article.Title);
        Assert.Equal("The navy lifted the blockade of the port.\nShips left at dawn.", article.Text);
        Assert.Equal(new DateOnly(2022, 8, 1), article.Published);
        Assert.Equal("https://example.com/p", article.Url);
        Assert.Equal("Example Wire", article.Source);
        Assert.Equal(path, article.Origin);
    }

    [Fact]
    public async Task ReadAsync_SingleJsonRecordWithoutId_IdIsFileName()
    {
        var path = folder.Write("report-9.json", """{"text": "Envoys met in Oslo.", "published": "2021-03-04T23:30:00-05:00"}""");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal("report-9", article.Id);
        Assert.Equal(new DateOnly(2021, 3, 4), article.Published);
        Assert.Null(article.Title);
    }

    [Fact]
    public async Task ReadAsync_JsonArray_EachRecordRead_IdFallbackNumbersRecords()
    {
        var path = folder.Write("batch.json", """
            [
              {"id": "a1", "text": "First article text."},
              {"text": "Second article text.", "date": null, "title": null},
              {"text": "Third article text.", "id": 42}
            ]
            """);

        var results = await reader.ReadAllAsync(path);

        var articles = results.Select(r => Assert.IsType<ArticleReadResult.Success>(r).Article).ToList();
        Assert.Equal(["a1", "batch#2", "42"], articles.Select(a => a.Id));
        Assert.Equal(["First article text.", "Second article text.", "Third article text."], articles.Select(a => a.Text));
        Assert.Equal($"{path}#2", articles[1].Origin);
    }

    [Fact]
    public async Task ReadAsync_JsonArrayWithOneBadRecord_OthersStillRead()
    {
        var path = folder.Write("mixed.json", """[{"text": "Good one."}, {"title": "no text here"}, 5, {"text": 17}, {"text": "Good two."}]""");

        var results = await reader.ReadAllAsync(path);

        Assert.Equal(5, results.Count);
        Assert.Equal("Good one.", Assert.IsType<ArticleReadResult.Success>(results[0]).Article.Text);
        Assert.Contains("no \"text\"", Assert.IsType<ArticleReadResult.Failure>(results[1]).Reason, StringComparison.Ordinal);
        Assert.Contains("a number, expected a JSON object", Assert.IsType<ArticleReadResult.Failure>(results[2]).Reason, StringComparison.Ordinal);
        Assert.Contains("\"text\" is a number, expected a string", Assert.IsType<ArticleReadResult.Failure>(results[3]).Reason, StringComparison.Ordinal);
        Assert.Equal($"{path}#4", results[3].Origin);
        Assert.Equal("Good two.", Assert.IsType<ArticleReadResult.Success>(results[4]).Article.Text);
    }

    [Fact]
    public async Task ReadAsync_JsonArrayWithMalformedRecord_OnlyThatRecordFails()
    {
        var path = folder.Write("one-bad.json", """[{"text": "Before."}, {"text": "b" "c"}, {"text": "After."}]""");

        var results = await reader.ReadAllAsync(path);

        Assert.Equal(3, results.Count);
        Assert.Equal("Before.", Assert.IsType<ArticleReadResult.Success>(results[0]).Article.Text);
        var failure = Assert.IsType<ArticleReadResult.Failure>(results[1]);
        Assert.Equal($"{path}#2", failure.Origin);
        Assert.Contains("malformed JSON on record 2", failure.Reason, StringComparison.Ordinal);
        Assert.Equal("After.", Assert.IsType<ArticleReadResult.Success>(results[2]).Article.Text);
    }

    [Fact]
    public async Task ReadAsync_TruncatedJsonArray_EarlierRecordsKeptAndFileFailureSaysWhere()
    {
        var path = folder.Write("truncated.json", """[{"text": "Kept."}, {"text": "Lost""");

        var results = await reader.ReadAllAsync(path);

        Assert.Equal(2, results.Count);
        Assert.Equal("Kept.", Assert.IsType<ArticleReadResult.Success>(results[0]).Article.Text);
        var failure = Assert.IsType<ArticleReadResult.Failure>(results[1]);
        Assert.Equal(path, failure.Origin);
        Assert.Contains("after record 1", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("ends before the array's closing ']'", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_JsonLines_EachLineReadWithLineOrigins()
    {
        var path = folder.Write("feed.jsonl",
            "{\"id\":\"x1\",\"text\":\"Alpha.\",\"date\":\"2020-05-06\"}\r\n\n   \n{\"text\":\"Beta.\"}\n{\"text\":\"Gamma.\",\"id\":\"\"}");

        var articles = (await reader.ReadAllAsync(path)).Select(r => Assert.IsType<ArticleReadResult.Success>(r).Article).ToList();

        Assert.Equal(["x1", "feed#4", "feed#5"], articles.Select(a => a.Id));
        Assert.Equal([$"{path}:1", $"{path}:4", $"{path}:5"], articles.Select(a => a.Origin));
        Assert.Equal(new DateOnly(2020, 5, 6), articles[0].Published);
    }

    [Fact]
    public async Task ReadAsync_JsonLinesWithMalformedLine_FailureNamesFileAndLine_OtherLinesRead()
    {
        var path = folder.Write("broken.jsonl", string.Join('\n',
            """{"text": "Line one is fine."}""",
            """{"text": "Line two is cut off""",
            """["an", "array"]""",
            """{"text": "Line four has a bad date.", "date": "last Tuesday"}""",
            """{"text": ["not", "a", "string"]}""",
            """{"text": "Line six is fine."}"""));

        var results = await reader.ReadAllAsync(path);

        Assert.Equal(6, results.Count);
        Assert.IsType<ArticleReadResult.Success>(results[0]);
        var malformed = Assert.IsType<ArticleReadResult.Failure>(results[1]);
        Assert.Equal($"{path}:2", malformed.Origin);
        Assert.Contains("malformed JSON on line 2", malformed.Reason, StringComparison.Ordinal);
        Assert.Contains("an array, expected a JSON object", Assert.IsType<ArticleReadResult.Failure>(results[2]).Reason, StringComparison.Ordinal);
        var badDate = Assert.IsType<ArticleReadResult.Failure>(results[3]);
        Assert.Contains("'last Tuesday' is not a date", badDate.Reason, StringComparison.Ordinal);
        Assert.Contains("\"text\" is an array, expected a string", Assert.IsType<ArticleReadResult.Failure>(results[4]).Reason, StringComparison.Ordinal);
        Assert.Equal("Line six is fine.", Assert.IsType<ArticleReadResult.Success>(results[5]).Article.Text);
    }

    [Fact]
    public async Task ReadAsync_JsonLinesCutOffMidRecord_EarlierLinesReadAndLastLineFailureSaysCutOff()
    {
        var path = folder.Write("partial.jsonl", "{\"text\":\"Complete one.\"}\n{\"text\":\"Complete two.\"}\n{\"text\":\"Half wri");

        var results = await reader.ReadAllAsync(path);

        Assert.Equal(3, results.Count);
        Assert.Equal(["Complete one.", "Complete two."], results.Take(2).Select(r => Assert.IsType<ArticleReadResult.Success>(r).Article.Text));
        var failure = Assert.IsType<ArticleReadResult.Failure>(results[2]);
        Assert.Equal($"{path}:3", failure.Origin);
        Assert.Contains("malformed JSON on line 3", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("cut off or still being written", failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345", "holds a number")]
    [InlineData("\"just a string\"", "holds a string")]
    [InlineData("[]", "empty JSON array")]
    [InlineData("{\"text\": \"unterminated", "malformed JSON")]
    [InlineData("{\"text\": \"   \"}", "\"text\" is empty")]
    [InlineData("{\"text\": \"ok\", \"title\": 5}", "\"title\" is a number")]
    [InlineData("{\"text\": \"ok\", \"id\": {\"a\": 1}}", "\"id\" is an object")]
    [InlineData("{\"text\": \"ok\", \"date\": 20200101}", "\"date\" is a number")]
    public async Task ReadAsync_JsonOfWrongShape_FailureWithReason(string json, string expectedReason)
    {
        var path = folder.Write("shape.json", json);

        var failure = (await reader.ReadAllAsync(path)).SingleFailure();

        Assert.StartsWith(path, failure.Origin, StringComparison.Ordinal);
        Assert.Contains(expectedReason, failure.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-03-05", 2024, 3, 5)]
    [InlineData("2024-03-05T23:59:59.123+05:30", 2024, 3, 5)]
    [InlineData("2024-03-05 08:00", 2024, 3, 5)]
    [InlineData("Tue, 05 Mar 2024 10:00:00 GMT", 2024, 3, 5)]
    [InlineData("5 March 2024", 2024, 3, 5)]
    public async Task ReadAsync_JsonDateFormats_ParsedToCalendarDateAsWritten(string value, int year, int month, int day)
    {
        var path = folder.Write("dated.json", $$"""{"text": "Dated.", "date": "{{value}}"}""");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal(new DateOnly(year, month, day), article.Published);
    }

    [Theory]
    [InlineData("03/05/2024")]
    [InlineData("5.3.2024")]
    [InlineData("2024-02-30")]
    [InlineData("yesterday")]
    public async Task ReadAsync_JsonAmbiguousOrInvalidDate_Failure(string value)
    {
        var path = folder.Write("ambiguous.json", $$"""{"text": "Dated.", "date": "{{value}}"}""");

        var failure = (await reader.ReadAllAsync(path)).SingleFailure();

        Assert.Contains($"'{value}' is not a date", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_JsonRecordWithHostileAndEscapedText_TextUnchanged()
    {
        const string hostile = "He said \"'}) MATCH (n) DETACH DELETE n //\" and left; CALL db.labels() YIELD x RETURN x";
        var json = System.Text.Json.JsonSerializer.Serialize(new { text = hostile, id = "n' OR 1=1 --" });
        var path = folder.Write("hostile.jsonl", json + "\n");

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal(hostile, article.Text);
        Assert.Equal("n' OR 1=1 --", article.Id);
    }

    [Fact]
    public async Task ReadAsync_JsonLinesInUtf16WithBom_Decoded()
    {
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var content = "{\"id\":\"u1\",\"text\":\"Kyiv and Warsaw signed an accord — ok.\"}\n{\"id\":\"u2\",\"text\":\"Second.\"}\n";
        var path = folder.WriteBytes("utf16.jsonl", [.. encoding.GetPreamble(), .. encoding.GetBytes(content)]);

        var articles = (await reader.ReadAllAsync(path)).Select(r => Assert.IsType<ArticleReadResult.Success>(r).Article).ToList();

        Assert.Equal(["u1", "u2"], articles.Select(a => a.Id));
        Assert.Equal("Kyiv and Warsaw signed an accord — ok.", articles[0].Text);
    }

    [Fact]
    public async Task ReadAsync_JsonLinesWithUtf8Bom_FirstLineRead()
    {
        var path = folder.WriteBytes("bom.jsonl", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\"id\":\"b1\",\"text\":\"With BOM.\"}\n")]);

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal("b1", article.Id);
    }

    [Fact]
    public async Task ReadAsync_JsonWithUtf16Bom_Decoded()
    {
        var encoding = new UnicodeEncoding(bigEndian: true, byteOrderMark: true);
        var path = folder.WriteBytes("be.json", [.. encoding.GetPreamble(), .. encoding.GetBytes("{\"text\":\"Big-endian text.\"}")]);

        var article = (await reader.ReadAllAsync(path)).SingleSuccess().Article;

        Assert.Equal("Big-endian text.", article.Text);
    }

    [Fact]
    public async Task ReadAsync_JsonLinesLineWithInvalidUtf8_FailureNamesLineAndByte()
    {
        byte[] content = [.. "{\"text\":\"ok one\"}\n"u8, .. "{\"text\":\"caf"u8, 0xC3, 0x28, .. "\"}\n"u8, .. "{\"text\":\"ok three\"}\n"u8];
        var path = folder.WriteBytes("badutf8.jsonl", content);

        var results = await reader.ReadAllAsync(path);

        Assert.Equal(3, results.Count);
        var failure = Assert.IsType<ArticleReadResult.Failure>(results[1]);
        Assert.Equal($"{path}:2", failure.Origin);
        Assert.Contains("not valid UTF-8 at byte 12", failure.Reason, StringComparison.Ordinal);
        Assert.IsType<ArticleReadResult.Success>(results[2]);
    }

    [Fact]
    public async Task ReadAsync_LargeJsonArrayWithInvalidUtf8Record_ThatRecordFailsWithOffset()
    {
        byte[] content = [.. "[{\"text\":\"fine\"},{\"text\":\"caf"u8, 0xC3, 0x28, .. "\"},{\"text\":\"also fine\"}]"u8, .. new byte[200].Select(_ => (byte)' ')];
        var path = folder.WriteBytes("utf8-array.json", content);

        var results = await ReaderTestHelpers.CreateReader(maxArticleBytes: 100).ReadAllAsync(path);

        Assert.Equal(3, results.Count);
        var failure = Assert.IsType<ArticleReadResult.Failure>(results[1]);
        Assert.Equal($"{path}#2", failure.Origin);
        Assert.Equal("record 2 is not valid UTF-8 at byte 12 of the record", failure.Reason);
        Assert.Equal("also fine", Assert.IsType<ArticleReadResult.Success>(results[2]).Article.Text);
    }

    [Fact]
    public async Task ReadAsync_LargeJsonArrayOverTheLimit_StreamedRecordByRecord()
    {
        var records = Enumerable.Range(1, 50).Select(i => $$"""{"id": "r{{i}}", "text": "Record {{i}} mentions [brackets] and {braces} and \"quotes\" \\ here."}""");
        var path = folder.Write("big.json", "[\n" + string.Join(",\n", records) + "\n]\n");

        var results = await ReaderTestHelpers.CreateReader(maxArticleBytes: 200).ReadAllAsync(path);

        var articles = results.Select(r => Assert.IsType<ArticleReadResult.Success>(r).Article).ToList();
        Assert.Equal(50, articles.Count);
        Assert.Equal("r50", articles[^1].Id);
        Assert.Equal("Record 7 mentions [brackets] and {braces} and \"quotes\" \\ here.", articles[6].Text);
        Assert.Equal($"{path}#7", articles[6].Origin);
    }

    [Fact]
    public async Task ReadAsync_LargeJsonArrayWithUtf8Bom_Streamed()
    {
        var records = Enumerable.Range(1, 10).Select(i => $$"""{"text": "Entry {{i}} — written in Zürich."}""");
        var path = folder.WriteBytes("bom-array.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("  [" + string.Join(",", records) + "]  ")]);

        var results = await ReaderTestHelpers.CreateReader(maxArticleBytes: 100).ReadAllAsync(path);

        Assert.Equal(10, results.Count);
        Assert.Equal("Entry 10 — written in Zürich.", Assert.IsType<ArticleReadResult.Success>(results[9]).Article.Text);
        Assert.Equal("bom-array#10", Assert.IsType<ArticleReadResult.Success>(results[9]).Article.Id);
    }

    [Theory]
    [InlineData("[{\"text\": \"a\"},]", "missing before ']'")]
    [InlineData("[,{\"text\": \"a\"}]", "missing before ','")]
    [InlineData("[{\"text\": \"a\"}] trailing", "after the closing ']'")]
    public async Task ReadAsync_LargeJsonArrayWithBadStructure_FailureAfterGoodRecords(string json, string expectedReason)
    {
        var path = folder.Write("structure.json", json + new string(' ', 200));

        var results = await ReaderTestHelpers.CreateReader(maxArticleBytes: 100).ReadAllAsync(path);

        var failure = Assert.IsType<ArticleReadResult.Failure>(results[^1]);
        Assert.Equal(path, failure.Origin);
        Assert.Contains(expectedReason, failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LargeJsonArrayWithOversizedRecordAndTruncatedEnd_GoodRecordsKept()
    {
        var huge = new string('x', 500);
        var path = folder.Write("partial.json", $$"""[{"text": "small one"}, {"text": "{{huge}}"}, {"text": "small three"}, {"text": "cut""");

        var results = await ReaderTestHelpers.CreateReader(maxArticleBytes: 100).ReadAllAsync(path);

        Assert.Equal(4, results.Count);
        Assert.Equal("small one", Assert.IsType<ArticleReadResult.Success>(results[0]).Article.Text);
        var oversized = Assert.IsType<ArticleReadResult.Failure>(results[1]);
        Assert.Equal($"{path}#2", oversized.Origin);
        Assert.Contains("over the limit of 100 bytes", oversized.Reason, StringComparison.Ordinal);
        Assert.Equal("small three", Assert.IsType<ArticleReadResult.Success>(results[2]).Article.Text);
        var truncated = Assert.IsType<ArticleReadResult.Failure>(results[3]);
        Assert.Equal(path, truncated.Origin);
        Assert.Contains("after record 3", truncated.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LargeSingleJsonObjectOverTheLimit_FailureNamesLimitAndKey()
    {
        var path = folder.Write("huge-object.json", $$"""{"text": "{{new string('y', 1000)}}"}""");

        var failure = (await ReaderTestHelpers.CreateReader(maxArticleBytes: 100).ReadAllAsync(path)).SingleFailure();

        Assert.Contains("over the limit of 100 bytes", failure.Reason, StringComparison.Ordinal);
        Assert.Contains("Input:MaxArticleBytes", failure.Reason, StringComparison.Ordinal);
    }
}
