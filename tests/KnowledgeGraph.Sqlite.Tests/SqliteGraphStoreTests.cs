using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Sqlite.Tests;

public sealed class SqliteGraphStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InitializeAsync_FileIsNotSqlite_StoreRefusalNamingThePathNotATransientFailure()
    {
        using var fixture = new TemporaryStore();
        var path = Path.Combine(fixture.Folder, "notes.db");
        await File.WriteAllTextAsync(path, "Meeting notes, not a database. " + new string('x', 200), Token);
        using var store = fixture.Open("notes.db");

        var refusal = await Assert.ThrowsAsync<GraphStoreAccessException>(() => store.InitializeAsync(Token));

        Assert.Equal($"the store '{path}' cannot be used: the file is not a SQLite database", refusal.Message);
        Assert.False(store.IsTransient(refusal));
    }

    [Fact]
    public async Task WriteAsync_FolderCannotBeCreated_StoreRefusalAtOnce()
    {
        using var fixture = new TemporaryStore();
        var blocker = Path.Combine(fixture.Folder, "a-file");
        await File.WriteAllTextAsync(blocker, "x", Token);
        using var store = fixture.Open(Path.Combine("a-file", "kg.db"));

        var refusal = await Assert.ThrowsAsync<GraphStoreAccessException>(() => store.WriteAsync([Graphs.Strike("a1")], Token));

        Assert.StartsWith($"cannot create the folder of the store '{Path.Combine(blocker, "kg.db")}'", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_SameArticleTwice_ExportIsByteIdentical()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Graphs.Strike("a1"), Graphs.Sanctions("a2")], Token);
        var first = await fixture.ExportAsync(fixture.Store);

        await fixture.Store.WriteAsync([Graphs.Strike("a1"), Graphs.Sanctions("a2")], Token);
        await fixture.Store.WriteAsync([Graphs.Strike("a1")], Token);

        Assert.Equal(first, await fixture.ExportAsync(fixture.Store));
        Assert.Contains("\"type\":\"ATTACKED\"", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ArticlesInAnotherOrder_ExportIsByteIdentical()
    {
        using var fixture = new TemporaryStore();
        var forward = fixture.Open("forward.db");
        var backward = fixture.Open("backward.db");
        var articles = new[] { Graphs.Strike("a1"), Graphs.Strike("a2", sentence: 3), Graphs.Sanctions("a3") };

        foreach (var article in articles)
        {
            await forward.WriteAsync([article], Token);
        }

        foreach (var article in articles.Reverse())
        {
            await backward.WriteAsync([article], Token);
        }

        Assert.Equal(await fixture.ExportAsync(forward), await fixture.ExportAsync(backward));
        forward.Dispose();
        backward.Dispose();
    }

    [Fact]
    public async Task ReadRelationshipsAsync_SameEdgeFromTwoArticles_OneEdgeWithAlignedEvidence()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Graphs.Strike("b"), Graphs.Strike("a", sentence: 2)], Token);

        var attacks = await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token));
        var edge = Assert.Single(attacks, r => r.Type == "ATTACKED");

        Assert.Equal(Graphs.Iran.Id, edge.Start);
        Assert.Equal(Graphs.AlAsad.Id, edge.End);
        Assert.Equal(new[] { "article:a", "article:b" }, (string[])edge.Properties[GraphProperties.Articles]);
        Assert.Equal(new[] { "article:a", "article:b" }, (string[])edge.Properties[GraphProperties.EvidenceArticles]);
        Assert.Equal(new long[] { 2, 0 }, (long[])edge.Properties[GraphProperties.EvidenceSentences]);
        Assert.Equal(new[] { "2024-03-01", "2024-03-01" }, (string[])edge.Properties[GraphProperties.EvidenceDates]);
        Assert.Equal(new[] { "2024-03-01" }, (string[])edge.Properties[GraphProperties.Dates]);
        Assert.Equal("2024-03-01", edge.Properties[GraphProperties.FirstDate]);
    }

    [Fact]
    public async Task ReadRelationshipsAsync_EventWithoutDate_HasUnknownDateAndNoDateList()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Graphs.Sanctions("s1")], Token);

        var edge = Assert.Single(await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token)), r => r.Type == "SANCTIONED");

        Assert.Equal(new[] { GraphProperties.UnknownDate }, (string[])edge.Properties[GraphProperties.EvidenceDates]);
        Assert.False(edge.Properties.ContainsKey(GraphProperties.Dates));
    }

    [Fact]
    public async Task WriteAsync_ChangedArticle_ReplacesOnlyWhatThatArticleContributed()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Graphs.Strike("a1"), Graphs.Strike("a2")], Token);

        // a1 is corrected: it now reports sanctions, not a strike.
        var corrected = Graphs.Article("a1", "Corrected text.", new DateOnly(2024, 3, 2),
            (Graphs.UnitedStates, RelationshipType.Sanctioned, Graphs.Iran, 0, "Washington imposed sanctions.", null));
        await fixture.Store.WriteAsync([corrected], Token);

        var relationships = await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token));
        var attack = Assert.Single(relationships, r => r.Type == "ATTACKED");
        Assert.Equal(new[] { "article:a2" }, (string[])attack.Properties[GraphProperties.Articles]);
        Assert.Single(relationships, r => r.Type == "SANCTIONED");
        Assert.DoesNotContain(relationships, r => r.Type == GraphVocabulary.MentionsType && r.Start == "article:a1" && r.End == Graphs.AlAsad.Id);
    }

    [Fact]
    public async Task FindUnchangedAsync_MixOfNewChangedAndUnchanged_ReturnsOnlyUnchanged()
    {
        using var fixture = new TemporaryStore();
        var stored = Graphs.Strike("same");
        await fixture.Store.WriteAsync([stored, Graphs.Strike("changed")], Token);

        var unchanged = await fixture.Store.FindUnchangedAsync(
            [stored.Article, Graphs.Strike("changed", text: "Different text.").Article, Graphs.Strike("new").Article],
            Token);

        Assert.Equal(new[] { "same" }, unchanged.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ReadNodesAsync_EntityFromTwoArticles_OneNodeWithUnionOfAliases()
    {
        using var fixture = new TemporaryStore();
        var first = Graphs.Article("x1", "t", null, (new Entity(EntityLabel.Person, "Amira Haddad", ["Haddad"]), RelationshipType.Met, Graphs.Iran, 0, "e", null));
        var second = Graphs.Article("x2", "t", null, (new Entity(EntityLabel.Person, "Amira Haddad", ["Minister Haddad"]), RelationshipType.Met, Graphs.Iran, 0, "e", null));
        await fixture.Store.WriteAsync([first, second], Token);

        var nodes = await ReadAsync(fixture.Store.ReadNodesAsync(Token));
        var person = Assert.Single(nodes, n => n.Labels.Contains("Person"));

        Assert.Equal("person:amira-haddad", person.Id);
        Assert.Equal("Amira Haddad", person.Properties[GraphProperties.Name]);
        Assert.Equal(new[] { "Haddad", "Minister Haddad" }, (string[])person.Properties[GraphProperties.Aliases]);
        Assert.Equal(nodes.Select(n => n.Id).Order(StringComparer.Ordinal), nodes.Select(n => n.Id));
    }

    [Fact]
    public async Task ReadNodesAsync_Article_CarriesSourceIdTitleDateAndUrl()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Graphs.Strike("wire-42")], Token);

        var article = Assert.Single(await ReadAsync(fixture.Store.ReadNodesAsync(Token)), n => n.Labels.Contains(GraphVocabulary.ArticleLabel));

        Assert.Equal("article:wire-42", article.Id);
        Assert.Equal("wire-42", article.Properties[GraphProperties.SourceId]);
        Assert.Equal("Title of wire-42", article.Properties[GraphProperties.Title]);
        Assert.Equal("2024-03-02", article.Properties[GraphProperties.Date]);
        Assert.Equal("https://news.example/wire-42", article.Properties[GraphProperties.Url]);
    }

    [Fact]
    public async Task WriteAsync_HostileStrings_RoundTripUnchanged()
    {
        using var fixture = new TemporaryStore();
        const string hostile = "'; DROP TABLE articles; -- }) DETACH DELETE n // \\ ` \" \u0000 \u202E مرحبا 🎯";
        var graph = Graphs.Article("evil'id\"; --", hostile, null,
            (new Entity(EntityLabel.Person, "Zed O'Brien", [hostile]), RelationshipType.Condemned, Graphs.Iran, 0, hostile, null));
        await fixture.Store.WriteAsync([graph], Token);

        var nodes = await ReadAsync(fixture.Store.ReadNodesAsync(Token));
        var relationships = await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token));

        Assert.Contains(nodes, n => n.Id == "article:evil'id\"; --");
        Assert.Equal(new[] { hostile }, (string[])Assert.Single(nodes, n => n.Labels.Contains("Person")).Properties[GraphProperties.Aliases]);
        Assert.Equal(new[] { hostile }, (string[])Assert.Single(relationships, r => r.Type == "CONDEMNED").Properties[GraphProperties.Evidence]);
    }

    [Fact]
    public async Task ReadNodesAsync_MissingStoreFile_ThrowsStoreNotFoundNamingThePath()
    {
        using var fixture = new TemporaryStore();
        using var missing = fixture.Open("nothing-here.db");

        var error = await Assert.ThrowsAsync<StoreNotFoundException>(async () => await ReadAsync(missing.ReadNodesAsync(Token)));

        Assert.Contains("nothing-here.db", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(missing.FilePath));
    }

    [Fact]
    public async Task GetStatusAsync_AfterFailureThenSuccessOfSameOrigin_FailureIsCleared()
    {
        using var fixture = new TemporaryStore();
        var at = new DateTimeOffset(2024, 3, 2, 10, 0, 0, TimeSpan.Zero);
        await fixture.Store.RecordFailureAsync("inbox/a.txt", "not valid UTF-8 at byte 12", at, Token);
        await fixture.Store.RecordFailureAsync("inbox/b.txt", "empty file", at, Token);
        await fixture.Store.WriteAsync([Graphs.Strike("a")], Token);
        await fixture.Store.RecordIngestedAsync([new IngestedArticle("a", "inbox/a.txt", "h", 2, 1, at.AddMinutes(1))], Token);

        var status = await fixture.Store.GetStatusAsync(10, Token);

        Assert.Equal(1, status.ArticlesIngested);
        Assert.Equal(1, status.Failures);
        Assert.Equal("inbox/b.txt", Assert.Single(status.RecentFailures).Origin);
        Assert.Equal(at.AddMinutes(1), status.LastIngestedAt);
        Assert.Equal(1, status.NodesByLabel["Article"]);
        Assert.Equal(1, status.NodesByLabel["Country"]);
        Assert.Equal(1, status.RelationshipsByType["ATTACKED"]);
        Assert.Equal(2, status.RelationshipsByType[GraphVocabulary.MentionsType]);
    }

    [Fact]
    public async Task RecordUnchangedAsync_ExistingEntry_KeptAsFirstRecorded()
    {
        using var fixture = new TemporaryStore();
        var first = new DateTimeOffset(2024, 3, 2, 10, 0, 0, TimeSpan.Zero);
        await fixture.Store.RecordIngestedAsync([new IngestedArticle("a", "inbox/a.txt", "h1", 3, 2, first)], Token);

        await fixture.Store.RecordUnchangedAsync(
            [new IngestedArticle("a", "inbox/copy-of-a.txt", "h1", 0, 0, first.AddHours(1)), new IngestedArticle("b", "inbox/b.txt", "h2", 0, 0, first.AddHours(1))],
            Token);

        var status = await fixture.Store.GetStatusAsync(10, Token);
        Assert.Equal(2, status.ArticlesIngested);
        var a = Assert.Single(status.RecentArticles, r => r.ArticleId == "a");
        Assert.Equal(("inbox/a.txt", 3, first), (a.Origin, a.Entities, a.At));
    }

    [Fact]
    public async Task InitializeAsync_CalledTwice_KeepsData()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Graphs.Strike("a")], Token);
        using var reopened = fixture.Open();

        await reopened.InitializeAsync(Token);
        await reopened.InitializeAsync(Token);

        Assert.Contains(await ReadAsync(reopened.ReadNodesAsync(Token)), n => n.Id == "article:a");
    }

    private static async Task<List<T>> ReadAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
