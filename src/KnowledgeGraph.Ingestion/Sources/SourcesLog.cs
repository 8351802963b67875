using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Ingestion.Sources;

internal static partial class SourcesLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Inbox {Path} watched (scan every {PollSeconds}s)")]
    public static partial void InboxWatching(this ILogger logger, string path, double pollSeconds);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Inbox {Path}: file-system watcher unavailable, relying on the periodic scan")]
    public static partial void InboxWatcherUnavailable(this ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "Inbox {Path}: file-system watcher error, relying on the periodic scan")]
    public static partial void InboxWatcherError(this ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Error, Message = "Inbox {Path} could not be scanned")]
    public static partial void InboxScanFailed(this ILogger logger, string path, Exception exception);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Information, Message = "Inbox file {File} taken")]
    public static partial void InboxFileTaken(this ILogger logger, string file);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Information, Message = "Inbox file {File} moved to {Destination} ({Written} written, {Skipped} unchanged, {Failed} failed)")]
    public static partial void InboxFileMoved(this ILogger logger, string file, string destination, int written, int skipped, int failed);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Warning, Message = "Inbox file {File} changed while it was processed; left in the inbox to be read again")]
    public static partial void InboxFileChangedDuringProcessing(this ILogger logger, string file);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Error, Message = "Inbox file {File} could not be moved out of the inbox; it is not retried until restart")]
    public static partial void InboxMoveFailed(this ILogger logger, string file, Exception exception);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Warning, Message = "Inbox file {File} changed after it was ingested (its writer was still writing; deliver files under a temporary name such as name.part and rename them when complete); moved back to {InboxPath} to be read again")]
    public static partial void InboxFileChangedAfterIngestion(this ILogger logger, string file, string inboxPath);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Warning, Message = "Inbox file {File} changed after it was ingested but could not be moved back to {InboxPath} ({Reason}); the graph holds the earlier version until it is delivered again")]
    public static partial void InboxChangedFileNotRequeued(this ILogger logger, string file, string inboxPath, string reason);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Information, Message = "Feed {Feed} polled: {Items} items, {New} new")]
    public static partial void FeedPolled(this ILogger logger, string feed, int items, int @new);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Debug, Message = "Feed {Feed} not modified")]
    public static partial void FeedNotModified(this ILogger logger, string feed);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Error, Message = "Feed {Feed} could not be read: {Reason}")]
    public static partial void FeedFailed(this ILogger logger, string feed, string reason);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Warning, Message = "Feed item {Item} failed: {Reason}")]
    public static partial void FeedItemFailed(this ILogger logger, string item, string reason);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Warning, Message = "Feed item {Item} given up after {Attempts} failed attempts")]
    public static partial void FeedItemGivenUp(this ILogger logger, string item, int attempts);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Warning, Message = "Feed state file {File} is unreadable and is started afresh")]
    public static partial void FeedStateUnreadable(this ILogger logger, string file, Exception exception);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Error, Message = "Feed state file {File} could not be written")]
    public static partial void FeedStateWriteFailed(this ILogger logger, string file, Exception exception);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Warning, Message = "Feed request to {Url} refused: {Reason}")]
    public static partial void FeedAddressRefused(this ILogger logger, string url, string reason);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Information, Message = "JSON Lines source {Origin} finished: {Written} written, {Skipped} unchanged, {Failed} failed")]
    public static partial void JsonLinesFinished(this ILogger logger, string origin, int written, int skipped, int failed);
}
