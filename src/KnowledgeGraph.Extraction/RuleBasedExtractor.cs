using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// The default extractor: gazetteers plus hand-written English rules, no model and no I/O. Deterministic and
/// thread-safe (all per-article state lives on the stack of <see cref="Extract"/>; the gazetteers are immutable and
/// shared by every instance).
/// </summary>
public sealed class RuleBasedExtractor : IArticleExtractor
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    // "location:" — what NodeIds.ForEntity puts before every Location's slug.
    private static readonly string LocationIdPrefix = NodeIds.ForEntity(EntityLabel.Location, "");

    private readonly Frames.FrameRelationRecognizer? frames;

    public RuleBasedExtractor()
        : this(RelationEngine.Patterns)
    {
    }

    /// <summary>
    /// Bump this whenever a rule change can alter what an already stored article yields: stored articles of an older
    /// version are then extracted again when read, and <c>status</c> counts them as stale until they are.
    /// </summary>
    public const string CurrentVersion = "rules-2026.12.16b";

    /// <summary>The version with the frame recogniser: frames, lexicon and language models change together with it.</summary>
    public const string FramesVersion = "frames-2026.12.16e";

    public string Version => Relations == RelationEngine.Frames ? FramesVersion : CurrentVersion;

    public RuleBasedExtractor(RelationEngine relations)
    {
        // Builds the shared gazetteers (and frames and models) now rather than inside the first article's timing.
        _ = Gazetteers.Gazetteer.Instance;
        _ = Gazetteers.LocationGazetteer.Shared;
        Relations = relations;
        if (relations == RelationEngine.Frames)
        {
            frames = new Frames.FrameRelationRecognizer(Frames.FrameCatalog.Instance, Language.LanguageAnalyzer.Default);
            ReleaseModelLoadingBuffers();
        }
    }

    private static int modelLoadingBuffersReleased;

    /// <summary>
    /// Reading the language models decompresses them through buffers about twice the size of the weights they leave,
    /// and the garbage collector keeps that memory for the process (about 100 MB of working set for good) until a full
    /// collection gives it back. Done once, when the first frames extractor has loaded them.
    /// </summary>
    private static void ReleaseModelLoadingBuffers()
    {
        if (Interlocked.Exchange(ref modelLoadingBuffersReleased, 1) == 0)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
    }

    /// <summary>Which relation recogniser runs after the entity mentions are found.</summary>
    public RelationEngine Relations { get; }

    public ArticleGraph Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = new ArticleDocument(article);
        new MentionRecognizer().Recognize(document);

        var relationships = new List<ExtractedRelationship>();
        if (frames is not null)
        {
            frames.Recognize(document, relationships);
        }
        else
        {
            // The surface patterns were written before Locations existed and take any mention for an actor ("a militia
            // loyal to <city> attacked ..."): they see the mentions they were written for.
            document.RemoveMentions(EntityLabel.Location);
            RelationRecognizer.Recognize(document, relationships);
        }

        // A Location is a place: it never acts, and the only event done to it is force (ATTACKED's target). Whatever
        // a recogniser's rules make of "he visits Ostra", no one MET a town.
        relationships.RemoveAll(r => r.StartId.StartsWith(LocationIdPrefix, StringComparison.Ordinal)
            || (r.Type != RelationshipType.Attacked && r.EndId.StartsWith(LocationIdPrefix, StringComparison.Ordinal)));

        // Records are unique by node id (the mention recognizer keys them by it), so no merging is needed here.
        var sortedEntities = document.Entities
            .Where(record => record.Mentions != 0)
            .OrderBy(record => record.Id, Ordinal)
            .Select(record => new ArticleEntity(new Entity(record.Label, record.Name, record.Surfaces.ToArray()) { Country = record.Country }, record.Mentions))
            .ToArray();
        var sortedRelationships = relationships
            .OrderBy(r => r.SentenceIndex)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.StartId, Ordinal)
            .ThenBy(r => r.EndId, Ordinal)
            .ToArray();
        return new ArticleGraph(article, sortedEntities, sortedRelationships);
    }

    /// <summary>
    /// Every sentence of the article parsed exactly as the frame recogniser parses it (the names the mention
    /// recogniser found are tagged as names, verb-only trigger words as verbs), for <c>extract --explain</c>.
    /// </summary>
    public static IReadOnlyList<ExplainedSentence> Explain(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = new ArticleDocument(article);
        new MentionRecognizer().Recognize(document);
        var analyzer = Language.LanguageAnalyzer.Default;
        var spans = new List<Frames.FrameRelationRecognizer.MentionSpan>();
        var hints = new List<Language.TagHint>();
        var result = new List<ExplainedSentence>(document.Sentences.Count);
        foreach (var sentence in document.Sentences)
        {
            var input = Frames.FrameRelationRecognizer.MapMentions(document, sentence, spans, hints, Frames.FrameCatalog.Instance);
            result.Add(new ExplainedSentence(sentence.Index, input.Original, input.Text, analyzer.Analyze(input.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(hints))));
        }

        return result;
    }
}

/// <summary>
/// One sentence of an article (after its dateline) with the parse the frames read (see <see cref="RuleBasedExtractor.Explain"/>):
/// <paramref name="ParsedText"/> is the sentence with every name of several words as one word (and a title-case headline's
/// common words lower-cased), which is what was parsed.
/// </summary>
public sealed record ExplainedSentence(int Index, string Text, string ParsedText, Language.AnalyzedSentence Parse);

/// <summary>The relation recogniser: event frames over the dependency parse, or the older surface patterns.</summary>
public enum RelationEngine
{
    /// <summary>Hand-written surface patterns over token windows (being replaced).</summary>
    Patterns,

    /// <summary>Event frames (Frames/Data/*.json) over the trained dependency parse.</summary>
    Frames,
}
