using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Ingestion.Pipeline;

/// <summary>
/// Live counters of one pipeline run, safe to read from another thread (the progress display) while the run goes on.
/// </summary>
public sealed class IngestionProgress
{
    /// <summary>Most failures kept with their reasons; beyond it only the count grows, so memory stays bounded.</summary>
    public const int MaxFailuresKept = 1000;

    private readonly Lock failuresLock = new();
    private readonly List<IngestionFailure> failures = [];
    private readonly Lock graphLock = new();
    private readonly Dictionary<EntityLabel, HashSet<string>> entitiesByLabel = [];
    private readonly Dictionary<RelationshipType, long> relationshipsByType = [];
    private readonly Dictionary<RelationshipType, long> factsByType = [];
    private long read;
    private long extracted;
    private long written;
    private long skipped;
    private long failed;
    private long inFlight;

    /// <summary>Articles (and unreadable inputs) taken from the sources.</summary>
    public long Read => Interlocked.Read(ref read);

    public long Extracted => Interlocked.Read(ref extracted);

    public long Written => Interlocked.Read(ref written);

    public long Skipped => Interlocked.Read(ref skipped);

    public long Failed => Interlocked.Read(ref failed);

    /// <summary>Articles read and not yet settled (written, skipped or failed).</summary>
    public long InFlight => Interlocked.Read(ref inFlight);

    /// <summary>Articles finished one way or another: written, skipped as unchanged, or failed.</summary>
    public long Settled => Written + Skipped + Failed;

    /// <summary>Highest <see cref="InFlight"/> seen during the run.</summary>
    public long PeakInFlight => Interlocked.Read(ref peakInFlight);

    /// <summary>Expected number of articles when known up front (for an ETA), else null.</summary>
    public long? ExpectedTotal { get; set; }

    private long peakInFlight;

    public IReadOnlyList<IngestionFailure> Failures
    {
        get
        {
            lock (failuresLock)
            {
                return [.. failures];
            }
        }
    }

    /// <summary>Distinct entities written in this run, by label.</summary>
    public IReadOnlyDictionary<EntityLabel, long> EntitiesByLabel
    {
        get
        {
            lock (graphLock)
            {
                return entitiesByLabel.ToDictionary(p => p.Key, p => (long)p.Value.Count);
            }
        }
    }

    /// <summary>
    /// Facts written in this run, by type: one per (article, type, start, end), however many of the article's sentences
    /// state it — the unit both stores keep and <c>status</c> counts. Counted per article, so memory stays flat.
    /// </summary>
    public IReadOnlyDictionary<RelationshipType, long> FactsByType
    {
        get
        {
            lock (graphLock)
            {
                return new Dictionary<RelationshipType, long>(factsByType);
            }
        }
    }

    /// <summary>Relationship statements (one per stating sentence) written in this run, by type.</summary>
    public IReadOnlyDictionary<RelationshipType, long> RelationshipsByType
    {
        get
        {
            lock (graphLock)
            {
                return new Dictionary<RelationshipType, long>(relationshipsByType);
            }
        }
    }

    internal void OnRead()
    {
        Interlocked.Increment(ref read);
        var now = Interlocked.Increment(ref inFlight);
        long peak;
        while (now > (peak = Interlocked.Read(ref peakInFlight)) &&
               Interlocked.CompareExchange(ref peakInFlight, now, peak) != peak)
        {
        }
    }

    internal void OnExtracted() => Interlocked.Increment(ref extracted);

    /// <summary>
    /// A run stopped by its store left its unsettled articles to the next run, which reads them again: they are no
    /// longer in flight (so counters kept across the hosted worker's restarts stay true).
    /// </summary>
    internal void OnUnsettledAbandoned() => Interlocked.Exchange(ref inFlight, 0);

    internal void OnWritten(ArticleGraph graph)
    {
        Interlocked.Increment(ref written);
        Interlocked.Decrement(ref inFlight);
        lock (graphLock)
        {
            foreach (var mention in graph.Entities)
            {
                if (!entitiesByLabel.TryGetValue(mention.Entity.Label, out var ids))
                {
                    ids = new HashSet<string>(StringComparer.Ordinal);
                    entitiesByLabel[mention.Entity.Label] = ids;
                }

                ids.Add(mention.Entity.Id);
            }

            foreach (var relationship in graph.Relationships)
            {
                relationshipsByType[relationship.Type] = relationshipsByType.GetValueOrDefault(relationship.Type) + 1;
            }

            foreach (var fact in graph.Relationships.DistinctBy(r => (r.Type, r.StartId, r.EndId)))
            {
                factsByType[fact.Type] = factsByType.GetValueOrDefault(fact.Type) + 1;
            }
        }
    }

    internal void OnSkipped()
    {
        Interlocked.Increment(ref skipped);
        Interlocked.Decrement(ref inFlight);
    }

    internal void OnFailed(string origin, string reason)
    {
        Interlocked.Increment(ref failed);
        Interlocked.Decrement(ref inFlight);
        lock (failuresLock)
        {
            if (failures.Count < MaxFailuresKept)
            {
                failures.Add(new IngestionFailure(origin, reason));
            }
        }
    }
}

public sealed record IngestionFailure(string Origin, string Reason);
