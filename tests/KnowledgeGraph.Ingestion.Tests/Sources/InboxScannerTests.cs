using KnowledgeGraph.Ingestion.Sources.Inbox;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Ingestion.Tests.Sources;

public sealed class InboxScannerTests
{
    private static readonly TimeSpan StableFor = TimeSpan.FromSeconds(2);

    [Fact]
    public void Scan_FileStillGrowing_IsTakenOnlyOnceUnchangedForTheStablePeriod()
    {
        using var inbox = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var scanner = new InboxScanner(inbox.Path, StableFor, time);
        var path = inbox.Combine("report.txt");
        File.WriteAllText(path, "The first half of a report");

        Assert.Empty(scanner.Scan(_ => false));
        time.Advance(TimeSpan.FromSeconds(5));
        File.AppendAllText(path, " and the second half, written later.");
        Assert.Empty(scanner.Scan(_ => false)); // Changed since the last look: not stable.
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Empty(scanner.Scan(_ => false)); // Unchanged, but not yet for long enough.
        Assert.True(scanner.HasPendingFiles);
        time.Advance(TimeSpan.FromSeconds(1));

        var ready = Assert.Single(scanner.Scan(_ => false));
        Assert.Equal(path, ready.Path);
        Assert.Equal(new FileInfo(path).Length, ready.Signature.Length);
        Assert.False(scanner.HasPendingFiles);
    }

    [Fact]
    public void Scan_FileHeldOpenByItsWriter_IsNotTakenUntilClosed()
    {
        using var inbox = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var scanner = new InboxScanner(inbox.Path, StableFor, time);
        var path = inbox.Combine("upload.txt");
        using (var writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read))
        {
            writer.Write("A partial upload"u8);
            writer.Flush();

            Assert.Empty(scanner.Scan(_ => false));
            time.Advance(TimeSpan.FromSeconds(10));
            Assert.Empty(scanner.Scan(_ => false));
        }

        time.Advance(TimeSpan.FromSeconds(3));
        Assert.Equal(path, Assert.Single(scanner.Scan(_ => false)).Path);
    }

    [Fact]
    public void Scan_TemporaryHiddenAndTakenFiles_AreIgnored()
    {
        using var inbox = new TempFolder();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var scanner = new InboxScanner(inbox.Path, StableFor, time);
        string[] ignored = ["download.tmp", "upload.txt.part", ".~lock.report.txt#", ".hidden.txt", "~draft.txt", "notes.txt~"];
        foreach (var name in ignored.Append("taken.txt").Append("real.txt"))
        {
            File.WriteAllText(inbox.Combine(name), "Some text about a meeting.");
        }

        Directory.CreateDirectory(inbox.Combine("done"));
        File.WriteAllText(inbox.Combine("done", "old.txt"), "Processed long ago.");

        scanner.Scan(path => path.EndsWith("taken.txt", StringComparison.Ordinal));
        time.Advance(TimeSpan.FromSeconds(3));
        var ready = scanner.Scan(path => path.EndsWith("taken.txt", StringComparison.Ordinal));

        Assert.Equal(inbox.Combine("real.txt"), Assert.Single(ready).Path);
    }
}
