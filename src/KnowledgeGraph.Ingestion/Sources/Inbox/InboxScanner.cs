namespace KnowledgeGraph.Ingestion.Sources.Inbox;

/// <summary>A file's size and last-write time: when both stay the same for a while, the writer is done.</summary>
internal readonly record struct FileSignature(long Length, DateTime LastWriteUtc)
{
    public static FileSignature? Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileSignature(info.Length, info.LastWriteTimeUtc) : null;
    }
}

internal sealed record InboxFile(string Path, FileSignature Signature);

/// <summary>
/// Decides which files in the inbox are complete. A file is taken when its size and last-write time were the same
/// in two scans at least <c>stableFor</c> apart (by the injected clock) and it can be opened exclusively. Writers
/// that hold the file open (with a lock) or keep appending are therefore never read half-written. Temporary and
/// hidden names are ignored so that write-then-rename producers work too. Not thread-safe: one scan loop owns it.
/// </summary>
internal sealed class InboxScanner(string inboxPath, TimeSpan stableFor, TimeProvider timeProvider)
{
    private readonly Dictionary<string, Observation> observations = new(StringComparer.Ordinal);

    /// <summary>True when some file was seen but is not yet known to be complete, so a re-scan soon is worthwhile.</summary>
    public bool HasPendingFiles => observations.Count > 0;

    /// <param name="isTaken">Files already handed out and not yet completed; they are skipped.</param>
    public IReadOnlyList<InboxFile> Scan(Func<string, bool> isTaken)
    {
        var now = timeProvider.GetUtcNow();
        var ready = new List<InboxFile>();
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(inboxPath, "*", SearchOption.TopDirectoryOnly))
        {
            // The dictionary lookup first: IsIgnored may ask the file system.
            if (isTaken(path) || IsIgnored(path))
            {
                continue;
            }

            FileSignature? signature;
            try
            {
                signature = FileSignature.Of(path);
            }
            catch (IOException)
            {
                continue;
            }

            if (signature is not { } current)
            {
                continue;
            }

            present.Add(path);
            if (!observations.TryGetValue(path, out var seen) || seen.Signature != current)
            {
                observations[path] = new Observation(current, now);
                continue;
            }

            if (now - seen.Since < stableFor || !CanOpenExclusively(path))
            {
                continue;
            }

            observations.Remove(path);
            ready.Add(new InboxFile(path, current));
        }

        foreach (var gone in observations.Keys.Where(path => !present.Contains(path)).ToList())
        {
            observations.Remove(gone);
        }

        return ready;
    }

    private static readonly string[] TemporaryExtensions = [".tmp", ".temp", ".part", ".partial", ".crdownload", ".download", ".swp"];

    /// <summary>Temporary and hidden files: partial downloads, editor locks, write-then-rename staging names.</summary>
    public static bool IsIgnored(string path)
    {
        var name = Path.GetFileName(path);
        if (name.Length == 0 || name[0] == '.' || name[0] == '~' || name.EndsWith('~'))
        {
            return true;
        }

        if (TemporaryExtensions.Any(extension => name.EndsWith(extension, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        try
        {
            return (File.GetAttributes(path) & FileAttributes.Hidden) != 0;
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static bool CanOpenExclusively(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.None);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private readonly record struct Observation(FileSignature Signature, DateTimeOffset Since);
}
