using KnowledgeGraph.Language.Internal;
using KnowledgeGraph.Language.Lemmatization;
using KnowledgeGraph.Language.Parsing;
using KnowledgeGraph.Language.Tagging;

namespace KnowledgeGraph.Language;

/// <summary>
/// The three trained models (tagger, lemmatiser, parser). Loading validates each file's header and
/// SHA-256 checksum; a bad file fails with an <see cref="InvalidDataException"/> naming the file or
/// resource and the reason. Instances are immutable and safe to share between threads.
/// </summary>
public sealed class LanguageModels
{
    public const string TaggerFileName = "tagger.bin";
    public const string LemmatizerFileName = "lemmatizer.bin";
    public const string ParserFileName = "parser.bin";
    private const string ResourcePrefix = "KnowledgeGraph.Language.Models.";

    private static readonly Lazy<LanguageModels> EmbeddedModels = new(LoadEmbeddedUncached, LazyThreadSafetyMode.ExecutionAndPublication);

    internal LanguageModels(PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser)
    {
        // The parser's features use the tagger's tag ids, so the two must come from one training run.
        if (!parser.TagUpos.SequenceEqual(tagger.Upos, StringComparer.Ordinal) || lemmatizer.TagCount != tagger.TagCount)
        {
            throw new InvalidDataException("Language models do not belong together: the tagger's tag set differs from the one the parser or lemmatiser was trained with.");
        }

        Tagger = tagger;
        Lemmatizer = lemmatizer;
        Parser = parser;
    }

    internal PosTagger Tagger { get; }

    internal Lemmatizer Lemmatizer { get; }

    internal DependencyParser Parser { get; }

    /// <summary>Approximate memory held by the loaded weight tables, in bytes (lexicons not included).</summary>
    public long ApproximateWeightBytes =>
        Tagger.Weights.ApproximateBytes + (Tagger.Refiner?.ApproximateBytes ?? 0) + Parser.Actions.ApproximateBytes + Parser.LabelWeights.ApproximateBytes;

    /// <summary>The same models with the tagger's second pass limited to first-pass margins below <paramref name="margin"/> (tooling).</summary>
    internal LanguageModels WithRefinerMargin(float margin) => new(Tagger.WithRefinerMargin(margin), Lemmatizer, Parser);

    /// <summary>Hypotheses the parser keeps (1 = greedy), as recorded in the parser file.</summary>
    public int ParserBeamWidth => Parser.BeamWidth;

    /// <summary>The same models parsed with another beam width than the one the parser file records (measurement tooling).</summary>
    internal LanguageModels WithParserBeamWidth(int beamWidth) => new(Tagger, Lemmatizer, Parser.WithBeamWidth(beamWidth));

    /// <summary>The models embedded in this assembly, loaded once per process.</summary>
    public static LanguageModels Embedded => EmbeddedModels.Value;

    /// <summary>Loads the three model files from a directory (tagger.bin, lemmatizer.bin, parser.bin).</summary>
    public static LanguageModels LoadFromDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return FromBytes(
            ReadFile(Path.Combine(directory, TaggerFileName)),
            ReadFile(Path.Combine(directory, LemmatizerFileName)),
            ReadFile(Path.Combine(directory, ParserFileName)),
            directory);
    }

    /// <summary>Loads models from their file contents; <paramref name="sourceName"/> is used in error messages.</summary>
    public static LanguageModels FromBytes(byte[] tagger, byte[] lemmatizer, byte[] parser, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(lemmatizer);
        ArgumentNullException.ThrowIfNull(parser);
        return new LanguageModels(
            PosTagger.Deserialize(tagger, Path.Combine(sourceName, TaggerFileName)),
            Lemmatizer.Deserialize(lemmatizer, Path.Combine(sourceName, LemmatizerFileName)),
            DependencyParser.Deserialize(parser, Path.Combine(sourceName, ParserFileName)));
    }

    /// <summary>Reads one embedded model file's bytes (for tooling and tests).</summary>
    public static byte[] ReadEmbeddedBytes(string fileName)
    {
        var name = ResourcePrefix + fileName;
        using var stream = typeof(LanguageModels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidDataException($"Language model resource '{name}' is missing from {typeof(LanguageModels).Assembly.GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static LanguageModels LoadEmbeddedUncached() =>
        new(
            PosTagger.Deserialize(ReadEmbeddedBytes(TaggerFileName), ResourcePrefix + TaggerFileName),
            Lemmatizer.Deserialize(ReadEmbeddedBytes(LemmatizerFileName), ResourcePrefix + LemmatizerFileName),
            DependencyParser.Deserialize(ReadEmbeddedBytes(ParserFileName), ResourcePrefix + ParserFileName));

    private static byte[] ReadFile(string path) =>
        File.Exists(path) ? File.ReadAllBytes(path) : throw new FileNotFoundException($"Language model file '{path}' does not exist.", path);
}
