using System.Globalization;
using KnowledgeGraph.Ingestion.Sources.Feeds;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Ingestion.Tests.Sources;

public sealed class FeedStateStoreTests
{
    private static readonly Uri Feed = new("https://wire.example/rss.xml");

    private static async Task<FeedStateStore> LoadAsync(TempFolder state, int capacity)
    {
        var store = new FeedStateStore(state.Path, Feed, capacity, NullLogger.Instance);
        await store.LoadAsync(TestContext.Current.CancellationToken);
        return store;
    }

    [Fact]
    public async Task MarkSeenAsync_MoreKeysThanCapacity_ForgetsTheOldestAcrossRestarts()
    {
        using var state = new TempFolder();
        using (var store = await LoadAsync(state, capacity: 3))
        {
            foreach (var key in new[] { "k1", "k2", "k3", "k4", "k5" })
            {
                await store.MarkSeenAsync(key, TestContext.Current.CancellationToken);
            }
        }

        using var reloaded = await LoadAsync(state, capacity: 3);

        Assert.Equal([false, false, true, true, true], new[] { "k1", "k2", "k3", "k4", "k5" }.Select(reloaded.Contains));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(reloaded.FilePath)!, "*.tmp"));
    }

    [Fact]
    public async Task MarkSeenAsync_ManyConcurrentCompletions_PersistsEveryKey()
    {
        using var state = new TempFolder();
        var keys = Enumerable.Range(1, 60).Select(n => n.ToString(CultureInfo.InvariantCulture)).ToList();
        using (var store = await LoadAsync(state, capacity: 1000))
        {
            await Task.WhenAll(keys.Select(key => Task.Run(() => store.MarkSeenAsync(key, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken)));
        }

        using var reloaded = await LoadAsync(state, capacity: 1000);

        Assert.All(keys, key => Assert.True(reloaded.Contains(key), $"Key {key} was not persisted."));
    }

    [Fact]
    public async Task LoadAsync_CorruptStateFile_StartsAfresh()
    {
        using var state = new TempFolder();
        using (var store = await LoadAsync(state, capacity: 10))
        {
            await store.MarkSeenAsync("k1", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(store.FilePath, "{ not json", TestContext.Current.CancellationToken);
        }

        using var reloaded = await LoadAsync(state, capacity: 10);

        Assert.False(reloaded.Contains("k1"));
        await reloaded.MarkSeenAsync("k2", TestContext.Current.CancellationToken);
        using var again = await LoadAsync(state, capacity: 10);
        Assert.True(again.Contains("k2"));
    }
}
