namespace KnowledgeGraph.Language.Tests;

public sealed class ModelFileTests
{
    private static byte[] Embedded(string name) => LanguageModels.ReadEmbeddedBytes(name);

    [Fact]
    public void Embedded_Load_ChecksumsVerifiedAndModelsUsable()
    {
        var models = LanguageModels.Embedded;

        var sentence = new LanguageAnalyzer(models).Analyze("Freedonia attacked Sylvania.");

        Assert.Equal(4, sentence.Count);
        Assert.True(models.ApproximateWeightBytes > 0);
    }

    [Fact]
    public void FromBytes_FlippedPayloadByte_FailsNamingFileAndChecksum()
    {
        var parser = Embedded(LanguageModels.ParserFileName);
        parser[parser.Length / 2] ^= 0x5A;

        var error = Assert.Throws<InvalidDataException>(() => LanguageModels.FromBytes(
            Embedded(LanguageModels.TaggerFileName), Embedded(LanguageModels.LemmatizerFileName), parser, "copy"));

        Assert.Contains(LanguageModels.ParserFileName, error.Message, StringComparison.Ordinal);
        Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_TruncatedFile_FailsNamingFileAndTruncation()
    {
        var tagger = Embedded(LanguageModels.TaggerFileName);
        var truncated = tagger.AsSpan(0, tagger.Length - 100).ToArray();

        var error = Assert.Throws<InvalidDataException>(() => LanguageModels.FromBytes(
            truncated, Embedded(LanguageModels.LemmatizerFileName), Embedded(LanguageModels.ParserFileName), "copy"));

        Assert.Contains(LanguageModels.TaggerFileName, error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_HeaderOnlyFragment_FailsAsTruncated()
    {
        var error = Assert.Throws<InvalidDataException>(() => LanguageModels.FromBytes(
            Embedded(LanguageModels.TaggerFileName), [0x4B, 0x47], Embedded(LanguageModels.ParserFileName), "copy"));

        Assert.Contains(LanguageModels.LemmatizerFileName, error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void FromBytes_UnsupportedFormatVersion_FailsNamingBothVersions(byte version)
    {
        var parser = Embedded(LanguageModels.ParserFileName);
        parser[4] = version;
        parser[5] = 0;

        var error = Assert.Throws<InvalidDataException>(() => LanguageModels.FromBytes(
            Embedded(LanguageModels.TaggerFileName), Embedded(LanguageModels.LemmatizerFileName), parser, "copy"));

        Assert.Contains(LanguageModels.ParserFileName, error.Message, StringComparison.Ordinal);
        Assert.Contains($"format version {version} is not supported (this build reads versions 2 to 3)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_FilesSwapped_FailsNamingTheWrongKind()
    {
        var error = Assert.Throws<InvalidDataException>(() => LanguageModels.FromBytes(
            Embedded(LanguageModels.ParserFileName), Embedded(LanguageModels.LemmatizerFileName), Embedded(LanguageModels.ParserFileName), "copy"));

        Assert.Contains("Parser model where a Tagger model was expected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromBytes_NotAModel_FailsOnMagic()
    {
        var text = "this is not a model file at all, just some words"u8.ToArray();

        var error = Assert.Throws<InvalidDataException>(() => LanguageModels.FromBytes(
            text, Embedded(LanguageModels.LemmatizerFileName), Embedded(LanguageModels.ParserFileName), "copy"));

        Assert.Contains("magic", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFromDirectory_MissingFile_FailsNamingThePath()
    {
        var directory = Path.Combine(Path.GetTempPath(), "kg-language-missing-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<FileNotFoundException>(() => LanguageModels.LoadFromDirectory(directory));

        Assert.Contains(directory, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadFromDirectory_CopiesOfEmbeddedFiles_AnalyseLikeEmbedded()
    {
        var directory = Directory.CreateTempSubdirectory("kg-language-models-").FullName;
        try
        {
            foreach (var name in new[] { LanguageModels.TaggerFileName, LanguageModels.LemmatizerFileName, LanguageModels.ParserFileName })
            {
                File.WriteAllBytes(Path.Combine(directory, name), Embedded(name));
            }

            var fromDisk = new LanguageAnalyzer(LanguageModels.LoadFromDirectory(directory)).Analyze("Sylvania condemned the strike.");
            var embedded = LanguageAnalyzer.Default.Analyze("Sylvania condemned the strike.");

            Assert.Equal(embedded.Tokens, fromDisk.Tokens);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
