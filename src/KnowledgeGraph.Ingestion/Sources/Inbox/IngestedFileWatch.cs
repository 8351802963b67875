using System.Security.Cryptography;

namespace KnowledgeGraph.Ingestion.Sources.Inbox;

/// <summary>
/// Keeps an eye on files recently moved to <c>done/</c> or <c>failed/</c>. A writer that pauses longer than the
/// stability window mid-write gets its file taken half-written; on Linux and macOS it keeps appending to the moved file
/// (its open handle follows the file). Such a file changes after ingestion: it is found here and sent back to the inbox
/// under its original name, so it is read again once stable and the complete article replaces the truncated one (same
/// article id). Bounded: a file is watched for <see cref="WatchFor"/>, and at most <see cref="MaxWatched"/> files
/// (the oldest are dropped first). Thread-safe: files are added on completion (the pipeline's thread) and checked by the
/// scan loop.
/// </summary>
internal sealed class IngestedFileWatch(TimeProvider timeProvider)
{
    /// <summary>How long after ingestion a moved file is still compared with what was read.</summary>
    public static readonly TimeSpan WatchFor = TimeSpan.FromHours(1);

    public const int MaxWatched = 1000;

    private readonly Lock entriesLock = new();
    private readonly LinkedList<Entry> entries = new();

    public void Watch(string movedTo, string inboxPath, FileSignature signature)
    {
        lock (entriesLock)
        {
            entries.AddLast(new Entry(movedTo, inboxPath, signature, timeProvider.GetUtcNow() + WatchFor));
            while (entries.Count > MaxWatched)
            {
                entries.RemoveFirst();
            }
        }
    }

    /// <summary>Moved files whose size or last-write time differ from when they were moved; they are no longer watched.</summary>
    public IReadOnlyList<ChangedFile> TakeChanged()
    {
        var now = timeProvider.GetUtcNow();
        var changed = new List<ChangedFile>();
        lock (entriesLock)
        {
            RemoveChangedAndExpired(now, changed);
        }

        return changed;
    }

    private void RemoveChangedAndExpired(DateTimeOffset now, List<ChangedFile> changed)
    {
        for (var node = entries.First; node is not null;)
        {
            var next = node.Next;
            var entry = node.Value;
            FileSignature? current;
            try
            {
                current = FileSignature.Of(entry.MovedTo);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                current = null;
            }

            if (current is null || now > entry.Until)
            {
                // Gone (an operator moved or deleted it) or watched long enough.
                entries.Remove(node);
            }
            else if (current != entry.Signature)
            {
                entries.Remove(node);
                changed.Add(new ChangedFile(entry.MovedTo, entry.InboxPath));
            }

            node = next;
        }
    }

    /// <summary>SHA-256 of a file's content, or null when it cannot be read (it is then judged by size and time alone).</summary>
    public static byte[]? ContentHash(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan);
            return SHA256.HashData(stream);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    internal sealed record ChangedFile(string MovedTo, string InboxPath);

    private sealed record Entry(string MovedTo, string InboxPath, FileSignature Signature, DateTimeOffset Until);
}
