using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Ingestion.Sources.Feeds;

/// <summary>
/// The seen-set of one feed: item keys (guid or link) whose article is committed, oldest first, at most
/// <c>capacity</c> of them. Persisted to <c>&lt;StatePath&gt;/feeds/&lt;hash of feed URL&gt;.json</c> after each
/// change, written to a temporary file and renamed over the old one so a crash leaves the old or the new set, never
/// half of one. Thread-safe: the pipeline completes items from its own threads.
/// </summary>
internal sealed class FeedStateStore : IDisposable
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    private readonly string filePath;
    private readonly Uri feedUrl;
    private readonly int capacity;
    private readonly ILogger logger;
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly LinkedList<string> order = new();
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private bool loaded;
    private long version;
    private long persistedVersion;

    public FeedStateStore(string statePath, Uri feedUrl, int capacity, ILogger logger)
    {
        this.feedUrl = feedUrl;
        this.capacity = capacity;
        this.logger = logger;
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(feedUrl.AbsoluteUri)))[..24];
        filePath = Path.Combine(Path.GetFullPath(statePath), "feeds", name + ".json");
    }

    public string FilePath => filePath;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (loaded)
            {
                return;
            }

            loaded = true;
            if (!File.Exists(filePath))
            {
                return;
            }

            try
            {
                await using var stream = File.OpenRead(filePath);
                var state = await JsonSerializer.DeserializeAsync<StateFile>(stream, JsonOptions, cancellationToken);
                foreach (var key in state?.Seen ?? [])
                {
                    AddUnlocked(key);
                }
            }
            catch (Exception exception) when (exception is JsonException or IOException or UnauthorizedAccessException)
            {
                logger.FeedStateUnreadable(filePath, exception);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public bool Contains(string key)
    {
        lock (seen)
        {
            return seen.Contains(key);
        }
    }

    /// <summary>
    /// Remembers the key and persists the set. Completions arriving together share one write: a caller whose key a
    /// write already covered returns without writing again.
    /// </summary>
    public async Task MarkSeenAsync(string key, CancellationToken cancellationToken)
    {
        long needed;
        lock (seen)
        {
            if (!AddUnlocked(key))
            {
                return;
            }

            needed = ++version;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (persistedVersion >= needed)
            {
                return;
            }

            string[] snapshot;
            long snapshotVersion;
            lock (seen)
            {
                snapshot = [.. order];
                snapshotVersion = version;
            }

            try
            {
                Directory.CreateDirectory(Path.GetDirectoryName(filePath)!);
                var temporary = filePath + ".tmp";
                await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    await JsonSerializer.SerializeAsync(stream, new StateFile(feedUrl.AbsoluteUri, snapshot), JsonOptions, cancellationToken);
                    await stream.FlushAsync(cancellationToken);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, filePath, overwrite: true);
                persistedVersion = snapshotVersion;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Kept in memory; worst case after a restart the item's page is fetched once more (writes are idempotent).
                logger.FeedStateWriteFailed(filePath, exception);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private bool AddUnlocked(string key)
    {
        lock (seen)
        {
            if (!seen.Add(key))
            {
                return false;
            }

            order.AddLast(key);
            while (order.Count > capacity)
            {
                seen.Remove(order.First!.Value);
                order.RemoveFirst();
            }

            return true;
        }
    }

    public void Dispose() => gate.Dispose();

    private sealed record StateFile(string Url, IReadOnlyList<string> Seen);
}
