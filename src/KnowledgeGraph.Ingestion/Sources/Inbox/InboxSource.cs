using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Channels;
using KnowledgeGraph.Ingestion.Input;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Ingestion.Sources.Inbox;

/// <summary>
/// Watches an inbox folder and yields each complete file as one document. Acknowledgement on completion:
/// <list type="bullet">
/// <item>every article written or unchanged, no failure → <c>done/&lt;name&gt;</c>;</item>
/// <item>some articles in, some failed (a JSONL file with bad lines) → <c>done/&lt;name&gt;</c> plus
///   <c>done/&lt;name&gt;.error.txt</c> listing the failed records: what went in stays in, re-dropping a fixed file is
///   safe because writes are idempotent;</item>
/// <item>nothing in (every article failed, or the file held none) → <c>failed/&lt;name&gt;</c> plus
///   <c>failed/&lt;name&gt;.error.txt</c>.</item>
/// </list>
/// Name clashes get a <c>-1</c>, <c>-2</c>… suffix before the extension. Only the inbox's top level is scanned, so
/// done/ and failed/ are never re-read; files still in the inbox at start (e.g. after a crash) are processed again.
/// A file whose size, last-write time or content (SHA-256) changed between being taken and being completed stays in
/// the inbox and is read again; one that changes after it was moved (a writer that paused longer than the stability
/// window and then went on appending) is logged and moved back to the inbox to be read again
/// (<see cref="IngestedFileWatch"/>). Producers should still write under a temporary name (<c>name.part</c>) and rename.
/// </summary>
public sealed class InboxSource : IArticleSource
{
    public const string DoneFolderName = "done";
    public const string FailedFolderName = "failed";
    public const string ErrorFileSuffix = ".error.txt";

    private readonly IArticleReader reader;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<InboxSource> logger;
    private readonly string inboxPath;
    private readonly TimeSpan pollInterval;
    private readonly TimeSpan stableFor;
    private readonly ConcurrentDictionary<string, byte> taken = new(StringComparer.Ordinal);

    public InboxSource(InboxOptions options, IArticleReader reader, TimeProvider timeProvider, ILogger<InboxSource> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.reader = reader;
        this.timeProvider = timeProvider;
        this.logger = logger;
        inboxPath = Path.GetFullPath(options.Path);
        pollInterval = options.PollInterval;
        stableFor = options.StableDuration;
    }

    public string Name => "inbox";

    public string InboxPath => inboxPath;

    public async IAsyncEnumerable<SourceDocument> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A new read (a start, or the worker restarting a run the graph store stopped) offers every file still in the
        // inbox again: files taken by a stopped run were never acknowledged.
        taken.Clear();
        Directory.CreateDirectory(inboxPath);
        var scanner = new InboxScanner(inboxPath, stableFor, timeProvider);
        var wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        void Wake() => wake.Writer.TryWrite(true);

        using var watcher = CreateWatcher(Wake);
        using var pollTimer = timeProvider.CreateTimer(_ => Wake(), null, pollInterval, pollInterval);
        using var stabilityRecheck = timeProvider.CreateTimer(_ => Wake(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        var ingested = new IngestedFileWatch(timeProvider);
        logger.InboxWatching(inboxPath, pollInterval.TotalSeconds);

        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            IReadOnlyList<InboxFile> ready;
            try
            {
                Directory.CreateDirectory(inboxPath);
                RequeueChangedAfterIngestion(ingested);
                ready = scanner.Scan(taken.ContainsKey);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                logger.InboxScanFailed(inboxPath, exception);
                ready = [];
            }

            foreach (var file in ready)
            {
                taken[file.Path] = 0;
                logger.InboxFileTaken(file.Path);
                var contentHash = IngestedFileWatch.ContentHash(file.Path);
                yield return new SourceDocument
                {
                    Origin = file.Path,
                    Articles = reader.ReadAsync([file.Path], cancellationToken),
                    CompleteAsync = (outcome, _) => CompleteAsync(file, contentHash, outcome, ingested),
                };
            }

            stabilityRecheck.Change(scanner.HasPendingFiles ? stableFor + TimeSpan.FromMilliseconds(1) : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            await wake.Reader.ReadAsync(cancellationToken);
        }
    }

    private FileSystemWatcher? CreateWatcher(Action wake)
    {
        try
        {
            var watcher = new FileSystemWatcher(inboxPath)
            {
                IncludeSubdirectories = false,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.Size | NotifyFilters.LastWrite,
            };
            watcher.Created += (_, _) => wake();
            watcher.Changed += (_, _) => wake();
            watcher.Renamed += (_, _) => wake();
            watcher.Error += (_, args) =>
            {
                logger.InboxWatcherError(inboxPath, args.GetException());
                wake();
            };
            watcher.EnableRaisingEvents = true;
            return watcher;
        }
        catch (Exception exception) when (exception is IOException or ArgumentException or PlatformNotSupportedException)
        {
            logger.InboxWatcherUnavailable(inboxPath, exception);
            return null;
        }
    }

    private ValueTask CompleteAsync(InboxFile file, byte[]? contentHash, DocumentOutcome outcome, IngestedFileWatch ingested)
    {
        try
        {
            // The content hash catches a rewrite that kept the size and the last-write time (copied with its times).
            if (FileSignature.Of(file.Path) != file.Signature || !SameContent(contentHash, IngestedFileWatch.ContentHash(file.Path)))
            {
                // Rewritten (or removed) while being read: what was read may be a mix, so read the new version again.
                logger.InboxFileChangedDuringProcessing(file.Path);
                taken.TryRemove(file.Path, out _);
                return ValueTask.CompletedTask;
            }

            var anythingIn = outcome.Written + outcome.Skipped > 0;
            var folder = Path.Combine(inboxPath, anythingIn ? DoneFolderName : FailedFolderName);
            Directory.CreateDirectory(folder);
            var destination = MoveWithoutClash(file.Path, folder);

            var reasons = outcome.Failures.Select(failure => OneLine($"{failure.Origin}: {failure.Reason}")).ToList();
            if (!anythingIn && reasons.Count == 0)
            {
                reasons.Add($"{file.Path}: the file contained no articles");
            }

            if (reasons.Count > 0)
            {
                File.WriteAllLines(destination + ErrorFileSuffix, reasons, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            logger.InboxFileMoved(file.Path, destination, outcome.Written, outcome.Skipped, outcome.Failures.Count);
            if (FileSignature.Of(destination) is { } moved)
            {
                ingested.Watch(destination, file.Path, moved);
            }

            taken.TryRemove(file.Path, out _);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Stays marked as taken: re-reading a file that cannot be moved would loop forever.
            logger.InboxMoveFailed(file.Path, exception);
        }

        return ValueTask.CompletedTask;
    }

    private static bool SameContent(byte[]? before, byte[]? after) =>
        before is null || after is null || before.AsSpan().SequenceEqual(after);

    /// <summary>
    /// Sends files that changed in done/ or failed/ after ingestion back to the inbox under their original names: the
    /// scanner then waits for them to be stable again and the pipeline replaces the truncated article (same id).
    /// </summary>
    private void RequeueChangedAfterIngestion(IngestedFileWatch ingested)
    {
        foreach (var changed in ingested.TakeChanged())
        {
            if (taken.ContainsKey(changed.InboxPath) || File.Exists(changed.InboxPath))
            {
                logger.InboxChangedFileNotRequeued(changed.MovedTo, changed.InboxPath, "a file of that name is in the inbox again");
                continue;
            }

            try
            {
                File.Move(changed.MovedTo, changed.InboxPath, overwrite: false);
                File.Delete(changed.MovedTo + ErrorFileSuffix);
                logger.InboxFileChangedAfterIngestion(changed.MovedTo, changed.InboxPath);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                logger.InboxChangedFileNotRequeued(changed.MovedTo, changed.InboxPath, exception.Message);
            }
        }
    }

    private static string MoveWithoutClash(string path, string folder)
    {
        var stem = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        for (var suffix = 0; ; suffix++)
        {
            var name = suffix == 0 ? stem + extension : $"{stem}-{suffix}{extension}";
            var destination = Path.Combine(folder, name);
            if (File.Exists(destination) || File.Exists(destination + ErrorFileSuffix))
            {
                continue;
            }

            try
            {
                File.Move(path, destination, overwrite: false);
                return destination;
            }
            catch (IOException) when (File.Exists(destination))
            {
                // Lost a race for this name; try the next suffix.
            }
        }
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
