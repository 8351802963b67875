using System.Collections.Concurrent;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Ingestion.Tests.TestSupport;

/// <summary>
/// A sink and journal for pipeline-logic tests: records committed batches, can fail or block writes on demand.
/// End-to-end tests use the real SQLite store instead.
/// </summary>
internal sealed class InMemoryGraphStore : IGraphSink, IIngestionJournal
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> committedHashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> committedVersions = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyList<string>> batches = [];
    private readonly List<IngestedArticle> journalled = [];
    private readonly List<FailureRecord> failures = [];
    private int writesToFail;

    public string Description => "memory";

    /// <summary>While set, writes wait for it (to hold the pipeline full).</summary>
    public TaskCompletionSource? WriteGate { get; set; }

    /// <summary>When set, lookups report nothing unchanged, as a lookup made just before a commit would.</summary>
    public bool StaleLookups { get; set; }

    public int WriteAttempts;

    public int FindUnchangedCalls;

    public IReadOnlyList<IReadOnlyList<string>> Batches
    {
        get { lock (gate) { return [.. batches]; } }
    }

    public IReadOnlyList<IngestedArticle> Journalled
    {
        get { lock (gate) { return [.. journalled]; } }
    }

    public IReadOnlyList<FailureRecord> Failures
    {
        get { lock (gate) { return [.. failures]; } }
    }

    public ConcurrentQueue<string> CommitLog { get; } = new();

    /// <summary>The graph last committed for each article id.</summary>
    public ConcurrentDictionary<string, ArticleGraph> CommittedGraphs { get; } = new(StringComparer.Ordinal);

    public void FailNextWrites(int count) => Interlocked.Exchange(ref writesToFail, count);

    /// <summary>When set, every write throws it: a store that refuses all work (credentials, read-only file).</summary>
    public GraphStoreAccessException? Refusal { get; set; }

    /// <summary>Stores an article as if written earlier, by <paramref name="extractorVersion"/> (CountingExtractor's by default).</summary>
    public void Seed(Article article, string extractorVersion = "counting-1")
    {
        lock (gate)
        {
            committedHashes[article.Id] = article.ContentHash;
            committedVersions[article.Id] = extractorVersion;
        }
    }

    public bool IsCommitted(string articleId)
    {
        lock (gate)
        {
            return committedHashes.ContainsKey(articleId);
        }
    }

    public string? CommittedHash(string articleId)
    {
        lock (gate)
        {
            return committedHashes.GetValueOrDefault(articleId);
        }
    }

    public Task InitializeAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlySet<string>> FindUnchangedAsync(IReadOnlyCollection<Article> articles, string extractorVersion, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref FindUnchangedCalls);
        if (StaleLookups)
        {
            return Task.FromResult<IReadOnlySet<string>>(new HashSet<string>());
        }

        lock (gate)
        {
            IReadOnlySet<string> unchanged = articles
                .Where(a => committedHashes.TryGetValue(a.Id, out var hash) && hash == a.ContentHash
                    && committedVersions.GetValueOrDefault(a.Id) == extractorVersion)
                .Select(a => a.Id)
                .ToHashSet(StringComparer.Ordinal);
            return Task.FromResult(unchanged);
        }
    }

    /// <summary>Articles whose presence makes a write fail permanently (not a retryable outage).</summary>
    public HashSet<string> RejectedIds { get; } = new(StringComparer.Ordinal);

    public async Task WriteAsync(IReadOnlyList<ArticleGraph> batch, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref WriteAttempts);
        if (WriteGate is { } writeGate)
        {
            await writeGate.Task.WaitAsync(cancellationToken);
        }

        if (Interlocked.Decrement(ref writesToFail) >= 0)
        {
            throw new IOException("database is unavailable (simulated outage)");
        }

        if (Refusal is { } refusal)
        {
            throw refusal;
        }

        if (batch.FirstOrDefault(g => RejectedIds.Contains(g.Article.Id)) is { } poison)
        {
            // What a constraint violation or a bad value looks like: the same batch fails the same way every time.
            throw new InvalidOperationException($"constraint violated by {poison.Article.Id} (simulated)");
        }

        lock (gate)
        {
            foreach (var graph in batch)
            {
                committedHashes[graph.Article.Id] = graph.Article.ContentHash;
                committedVersions[graph.Article.Id] = graph.ExtractorVersion;
                CommitLog.Enqueue(graph.Article.Id);
                CommittedGraphs[graph.Article.Id] = graph;
            }

            batches.Add([.. batch.Select(g => g.Article.Id)]);
        }
    }

    public Task RecordIngestedAsync(IReadOnlyList<IngestedArticle> articles, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            journalled.AddRange(articles);
        }

        return Task.CompletedTask;
    }

    public Task RecordUnchangedAsync(IReadOnlyList<IngestedArticle> articles, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            foreach (var article in articles)
            {
                if (!journalled.Any(j => j.ArticleId == article.ArticleId))
                {
                    journalled.Add(article);
                }
            }
        }

        return Task.CompletedTask;
    }

    public Task RecordFailureAsync(string origin, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (gate)
        {
            failures.Add(new FailureRecord(origin, reason, at));
        }

        return Task.CompletedTask;
    }

    public Task<IngestionStatus> GetStatusAsync(int recentLimit, string currentExtractorVersion, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Pipeline tests do not read status.");
}
