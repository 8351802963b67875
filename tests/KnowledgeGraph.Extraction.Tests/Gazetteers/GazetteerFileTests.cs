using System.IO.Compression;
using System.Text;
using KnowledgeGraph.Extraction.Gazetteers;

namespace KnowledgeGraph.Extraction.Tests.Gazetteers;

public sealed class GazetteerFileTests
{
    private static readonly string[][] Rows = [["Alpha", "City", "Norway"], ["Beta", "Region", "Chile"]];

    [Fact]
    public void Read_WrittenRows_ReturnsThemWithSources()
    {
        var table = GazetteerFile.Read(new MemoryStream(Write()), "test.tsv.gz", "places", 3);

        Assert.Equal("src-1", table.Sources);
        Assert.Equal(Rows, table.Rows);
    }

    [Fact]
    public void Write_SameRowsTwice_SameBytes()
    {
        Assert.Equal(Write(), Write());
    }

    [Fact]
    public void Read_PayloadChangedAfterWriting_ThrowsNamingResourceAndChecksum()
    {
        var text = Decompress(Write()).Replace("Alpha", "Alpho", StringComparison.Ordinal);

        var error = Assert.Throws<GazetteerDataException>(() => GazetteerFile.Read(new MemoryStream(Compress(text)), "test.tsv.gz", "places", 3));

        Assert.Contains("'test.tsv.gz'", error.Message, StringComparison.Ordinal);
        Assert.Contains("SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedGzip_ThrowsNamingResource()
    {
        var bytes = Write();

        var error = Assert.Throws<GazetteerDataException>(() => GazetteerFile.Read(new MemoryStream(bytes[..(bytes.Length / 2)]), "cut.tsv.gz", "places", 3));

        Assert.Contains("'cut.tsv.gz'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NotGzipAtAll_ThrowsNamingResource()
    {
        var error = Assert.Throws<GazetteerDataException>(() => GazetteerFile.Read(new MemoryStream("plain text"u8.ToArray()), "plain.tsv.gz", "places", 3));

        Assert.Contains("not a valid gzip stream", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_OtherKind_ThrowsNamingBothKinds()
    {
        var error = Assert.Throws<GazetteerDataException>(() => GazetteerFile.Read(new MemoryStream(Write()), "test.tsv.gz", "people", 3));

        Assert.Contains("'places'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'people'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowWithWrongFieldCount_ThrowsNamingTheRow()
    {
        var error = Assert.Throws<GazetteerDataException>(() => GazetteerFile.Read(new MemoryStream(Write()), "test.tsv.gz", "places", 4));

        Assert.Contains("row 1 has 3 fields, expected 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnsupportedFormatVersion_Throws()
    {
        var text = Decompress(Write()).Replace("format=1", "format=9", StringComparison.Ordinal);

        var error = Assert.Throws<GazetteerDataException>(() => GazetteerFile.Read(new MemoryStream(Compress(text)), "test.tsv.gz", "places", 3));

        Assert.Contains("format '9'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FieldWithTab_Throws()
    {
        Assert.Throws<ArgumentException>(() => GazetteerFile.Write(new MemoryStream(), "places", "src", [["a\tb"]]));
    }

    private static byte[] Write()
    {
        using var stream = new MemoryStream();
        GazetteerFile.Write(stream, "places", "src-1", Rows);
        return stream.ToArray();
    }

    private static string Decompress(byte[] bytes)
    {
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static byte[] Compress(string text)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return output.ToArray();
    }
}
