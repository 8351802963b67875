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
    public async Task ReadRelationshipsAsync_SameEdgeFromTwoArticles_OneFactPerArticleInArticleOrder()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Graphs.Strike("b"), Graphs.Strike("a", sentence: 2)], Token);

        var attacks = (await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token))).Where(r => r.Type == "ATTACKED").ToList();

        Assert.Equal(2, attacks.Count);
        Assert.All(attacks, edge => Assert.Equal((Graphs.Iran.Id, Graphs.AlAsad.Id), (edge.Start, edge.End)));
        Assert.Equal(new[] { "article:a", "article:b" }, attacks.Select(edge => (string)edge.Properties[GraphProperties.Article]));
        Assert.Equal(new long[] { 2 }, (long[])attacks[0].Properties[GraphProperties.EvidenceSentences]);
        Assert.Equal(new[] { "2024-03-01" }, (string[])attacks[0].Properties[GraphProperties.EvidenceDates]);
        Assert.Equal(("2024-03-01", "2024-03-01"), (attacks[0].Properties[GraphProperties.FirstDate], attacks[0].Properties[GraphProperties.LastDate]));
    }

    [Fact]
    public async Task ReadRelationshipsAsync_ArticleStatingEventTwice_OneFactWithAlignedSentences()
    {
        using var fixture = new TemporaryStore();
        var twice = Graphs.Article("t", "text", null,
            (Graphs.Iran, RelationshipType.Attacked, Graphs.AlAsad, 4, "Iran struck again.", new DateOnly(2024, 3, 9)),
            (Graphs.Iran, RelationshipType.Attacked, Graphs.AlAsad, 1, "Iran struck the base.", new DateOnly(2024, 3, 1)));
        await fixture.Store.WriteAsync([twice], Token);

        var fact = Assert.Single(await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token)), r => r.Type == "ATTACKED");

        Assert.Equal(new long[] { 1, 4 }, (long[])fact.Properties[GraphProperties.EvidenceSentences]);
        Assert.Equal(new[] { "Iran struck the base.", "Iran struck again." }, (string[])fact.Properties[GraphProperties.Evidence]);
        Assert.Equal(("2024-03-01", "2024-03-09"), (fact.Properties[GraphProperties.FirstDate], fact.Properties[GraphProperties.LastDate]));
    }

    [Fact]
    public async Task ReadRelationshipsAsync_SameTextUnderTwoIds_OneReportKeyWhateverTheOrder()
    {
        using var fixture = new TemporaryStore();
        var original = Graphs.Strike("wire-1", text: "Iran struck  the base.\n");
        var copy = Graphs.Strike("wire-1-copy", text: "IRAN struck the base.");
        var other = Graphs.Strike("wire-2", text: "Iran struck the base again.");
        await fixture.Store.WriteAsync([copy, other, original], Token);

        var facts = (await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token))).Where(r => r.Type == "ATTACKED").ToList();
        var articles = (await ReadAsync(fixture.Store.ReadNodesAsync(Token))).Where(n => n.Labels[0] == GraphVocabulary.ArticleLabel).ToList();

        Assert.Equal(3, facts.Count);
        Assert.Equal(2, facts.Select(f => (string)f.Properties[GraphProperties.Report]).Distinct().Count());
        Assert.Equal(original.Article.ReportKey, copy.Article.ReportKey);
        Assert.NotEqual(original.Article.ReportKey, other.Article.ReportKey);
        Assert.Equal(copy.Article.ReportKey, Assert.Single(articles, a => a.Id == "article:wire-1-copy").Properties[GraphProperties.Report]);
    }

    [Fact]
    public async Task ReadRelationshipsAsync_EventWithoutDate_HasUnknownDateAndNoFirstDate()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Graphs.Sanctions("s1")], Token);

        var edge = Assert.Single(await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token)), r => r.Type == "SANCTIONED");

        Assert.Equal(new[] { GraphProperties.UnknownDate }, (string[])edge.Properties[GraphProperties.EvidenceDates]);
        Assert.False(edge.Properties.ContainsKey(GraphProperties.FirstDate));
    }

    [Fact]
    public async Task ReadRelationshipsAsync_Mentions_CarryTheArticlesOwnNameAndAliases()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Graphs.Sanctions("s1")], Token);

        var mention = Assert.Single(await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token)), r => r.Type == GraphVocabulary.MentionsType && r.End == Graphs.Iran.Id);

        Assert.Equal("Iran", mention.Properties[GraphProperties.Name]);
        Assert.Equal(new[] { "Iranian", "Tehran" }, (string[])mention.Properties[GraphProperties.Aliases]);
        Assert.Equal(1L, mention.Properties[GraphProperties.Count]);
    }

    [Fact]
    public async Task ReadNodesAsync_SpellingsInAnyArrivalOrder_MajorityNameThenOrdinalSmallest()
    {
        using var fixture = new TemporaryStore();
        ArticleGraph Spelled(string id, string name) =>
            Graphs.Article(id, "t", null, (new Entity(EntityLabel.Person, name, []), RelationshipType.Met, Graphs.Iran, 0, "e", null));
        await fixture.Store.WriteAsync([Spelled("a", "Amira HADDAD"), Spelled("b", "Amira Haddad"), Spelled("c", "Amira Haddad")], Token);
        using var reversed = fixture.Open("reversed.db");
        await reversed.WriteAsync([Spelled("c", "Amira Haddad")], Token);
        await reversed.WriteAsync([Spelled("b", "Amira Haddad")], Token);
        await reversed.WriteAsync([Spelled("a", "Amira HADDAD")], Token);

        var person = Assert.Single(await ReadAsync(fixture.Store.ReadNodesAsync(Token)), n => n.Labels.Contains("Person"));

        Assert.Equal("Amira Haddad", person.Properties[GraphProperties.Name]);
        Assert.Equal("amira haddad", person.Properties[GraphProperties.NameKey]);
        Assert.Equal(new[] { "Amira HADDAD" }, (string[])person.Properties[GraphProperties.Aliases]);
        Assert.Equal(await fixture.ExportAsync(fixture.Store), await fixture.ExportAsync(reversed));
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
        Assert.Equal("article:a2", attack.Properties[GraphProperties.Article]);
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
            Graphs.Version,
            Token);

        Assert.Equal(new[] { "same" }, unchanged.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task FindUnchangedAsync_StoredByAnOlderExtractorVersion_IsNotUnchanged()
    {
        using var fixture = new TemporaryStore();
        var stored = Graphs.Strike("old") with { ExtractorVersion = "rules-1" };
        await fixture.Store.WriteAsync([stored], Token);

        Assert.Empty(await fixture.Store.FindUnchangedAsync([stored.Article], "rules-2", Token));
        Assert.Single(await fixture.Store.FindUnchangedAsync([stored.Article], "rules-1", Token));
    }

    [Fact]
    public async Task WriteAsync_ReextractedByNewVersion_OldFactsGoneNewFactsAndVersionStored()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Graphs.Strike("r") with { ExtractorVersion = "rules-1" }], Token);

        // The better rules read the same text as sanctions, not a strike.
        var reextracted = Graphs.Article("r", "Iran struck the base.", new DateOnly(2024, 3, 2),
            (Graphs.UnitedStates, RelationshipType.Sanctioned, Graphs.Iran, 0, "Washington imposed sanctions.", null));
        await fixture.Store.WriteAsync([reextracted with { Article = Graphs.Strike("r").Article, ExtractorVersion = "rules-2" }], Token);

        var relationships = await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token));
        Assert.DoesNotContain(relationships, r => r.Type == "ATTACKED");
        Assert.Single(relationships, r => r.Type == "SANCTIONED");
        var article = Assert.Single(await ReadAsync(fixture.Store.ReadNodesAsync(Token)), n => n.Id == "article:r");
        Assert.Equal("rules-2", article.Properties[GraphProperties.ExtractorVersion]);
        Assert.Single(await fixture.Store.FindUnchangedAsync([Graphs.Strike("r").Article], "rules-2", Token));
    }

    [Fact]
    public async Task GetStatusAsync_JournalOfTwoVersions_CountsOtherVersionsAsStale()
    {
        using var fixture = new TemporaryStore();
        var at = new DateTimeOffset(2024, 3, 2, 10, 0, 0, TimeSpan.Zero);
        await fixture.Store.RecordIngestedAsync(
        [
            new IngestedArticle("a", "a.txt", "h", 1, 0, at) { ExtractorVersion = "rules-1" },
            new IngestedArticle("b", "b.txt", "h", 1, 0, at) { ExtractorVersion = "rules-2" },
            new IngestedArticle("c", "c.txt", "h", 1, 0, at) { ExtractorVersion = "rules-3" },
        ], Token);

        Assert.Equal(2, (await fixture.Store.GetStatusAsync(0, "rules-2", Token)).StaleArticles);
        Assert.Empty((await fixture.Store.GetStatusAsync(0, "rules-2", Token)).RecentArticles);
    }

    [Fact]
    public async Task InitializeAsync_StoreOfSchemaVersion1_MigratesKeepingFactsAndMarksArticlesStale()
    {
        using var fixture = new TemporaryStore();
        var path = Path.Combine(fixture.Folder, "v1.db");
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path))
        {
            await connection.OpenAsync(Token);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                CREATE TABLE schema_info (version INTEGER NOT NULL); INSERT INTO schema_info VALUES (1);
                CREATE TABLE articles (id TEXT PRIMARY KEY, title TEXT, published TEXT, url TEXT, source TEXT, content_hash TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE article_entities (article_id TEXT NOT NULL, entity_id TEXT NOT NULL, label TEXT NOT NULL, name TEXT NOT NULL, mentions INTEGER NOT NULL, PRIMARY KEY (article_id, entity_id)) WITHOUT ROWID;
                CREATE INDEX ix_article_entities_entity ON article_entities (entity_id, name);
                CREATE TABLE article_entity_aliases (article_id TEXT NOT NULL, entity_id TEXT NOT NULL, alias TEXT NOT NULL, PRIMARY KEY (article_id, entity_id, alias)) WITHOUT ROWID;
                CREATE TABLE article_relationships (article_id TEXT NOT NULL, type TEXT NOT NULL, start_id TEXT NOT NULL, end_id TEXT NOT NULL, sentence INTEGER NOT NULL, evidence TEXT NOT NULL, trigger TEXT NOT NULL, event_date TEXT, PRIMARY KEY (article_id, type, start_id, end_id, sentence)) WITHOUT ROWID;
                CREATE INDEX ix_article_relationships_edge ON article_relationships (type, start_id, end_id, article_id, sentence);
                CREATE TABLE journal_ingested (article_id TEXT PRIMARY KEY, origin TEXT NOT NULL, content_hash TEXT NOT NULL, entities INTEGER NOT NULL, relationships INTEGER NOT NULL, at TEXT NOT NULL) WITHOUT ROWID;
                CREATE TABLE journal_failures (origin TEXT PRIMARY KEY, reason TEXT NOT NULL, at TEXT NOT NULL) WITHOUT ROWID;
                INSERT INTO articles VALUES ('old', 'Old', '2024-03-02', NULL, NULL, 'h');
                INSERT INTO article_entities VALUES ('old', 'country:iran', 'Country', 'Iran', 1), ('old', 'base:al-harir-air-base', 'Base', 'Al Harir Air Base', 1);
                INSERT INTO article_relationships VALUES ('old', 'ATTACKED', 'country:iran', 'base:al-harir-air-base', 0, 'Iran struck.', 'struck', '2024-03-01');
                INSERT INTO journal_ingested VALUES ('old', 'old.txt', 'h', 2, 1, '2024-03-02T10:00:00.0000000Z');
                """;
            await command.ExecuteNonQueryAsync(Token);
        }

        using var store = fixture.Open("v1.db");
        var fact = Assert.Single(await ReadAsync(store.ReadRelationshipsAsync(Token)), r => r.Type == "ATTACKED");
        var status = await store.GetStatusAsync(0, "rules-2", Token);

        Assert.Equal("article:old", fact.Properties[GraphProperties.Article]);
        Assert.Equal(1, status.StaleArticles);
        Assert.Equal((1L, 1L, 1L, 2L), (status.NodesByLabel["Article"], status.NodesByLabel["Base"], status.RelationshipsByType["ATTACKED"], status.RelationshipsByType["MENTIONS"]));
        Assert.Empty(await store.FindUnchangedAsync([new Article { Id = "old", Text = "x" }], "rules-2", Token));
    }

    [Fact]
    public async Task WriteAsync_FactsWithRuleIds_RulesReadBackAlignedWithSentencesAndExported()
    {
        using var fixture = new TemporaryStore();
        var graph = Graphs.Article(
            "r1",
            "Veldra shelled the northern port. Later Veldra struck the port again.",
            null,
            (Graphs.Iran, RelationshipType.Attacked, Graphs.AlAsad, 5, "Later Veldra struck the port again.", null),
            (Graphs.Iran, RelationshipType.Attacked, Graphs.AlAsad, 2, "Veldra shelled the northern port.", null));
        graph = graph with
        {
            Relationships = [graph.Relationships[0] with { Rule = "patterns.attacked.verb" }, graph.Relationships[1] with { Rule = "attacked.verb.active" }],
        };
        await fixture.Store.WriteAsync([graph], Token);

        var fact = Assert.Single(await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token)), r => r.Type == "ATTACKED");
        var export = await fixture.ExportAsync(fixture.Store);

        Assert.Equal(new long[] { 2, 5 }, (long[])fact.Properties[GraphProperties.EvidenceSentences]);
        Assert.Equal(new[] { "attacked.verb.active", "patterns.attacked.verb" }, (string[])fact.Properties[GraphProperties.Rules]);
        Assert.Contains("\"rules\":[\"attacked.verb.active\",\"patterns.attacked.verb\"]", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_FactWithoutRuleId_StoredAndExportedAsEmptyRule()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Graphs.Strike("a1")], Token);

        var fact = Assert.Single(await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token)), r => r.Type == "ATTACKED");

        Assert.Equal(new[] { GraphProperties.UnknownRule }, (string[])fact.Properties[GraphProperties.Rules]);
    }

    [Fact]
    public async Task InitializeAsync_StoreOfSchemaVersion2_MigratesKeepingFactsWithEmptyRule()
    {
        using var fixture = new TemporaryStore();
        var graph = Graphs.Article("v2", "Veldra shelled the northern port.", null, (Graphs.Iran, RelationshipType.Attacked, Graphs.AlAsad, 0, "Veldra shelled the northern port.", null));
        using (var current = fixture.Open("v2.db"))
        {
            await current.WriteAsync([graph], Token);
        }

        // Turn the fresh store back into schema 2: the facts table without its rule column.
        await ExecuteOnFileAsync(Path.Combine(fixture.Folder, "v2.db"), "ALTER TABLE article_relationships DROP COLUMN rule; UPDATE schema_info SET version = 2;");
        using var store = fixture.Open("v2.db");
        var fact = Assert.Single(await ReadAsync(store.ReadRelationshipsAsync(Token)), r => r.Type == "ATTACKED");
        await store.WriteAsync([graph with { Article = graph.Article with { Id = "v3" }, Relationships = [graph.Relationships[0] with { Rule = "attacked.verb.active" }] }], Token);
        var facts = await ReadAsync(store.ReadRelationshipsAsync(Token));

        Assert.Equal("article:v2", fact.Properties[GraphProperties.Article]);
        Assert.Equal(new[] { "Veldra shelled the northern port." }, (string[])fact.Properties[GraphProperties.Evidence]);
        Assert.Equal(new[] { GraphProperties.UnknownRule }, (string[])fact.Properties[GraphProperties.Rules]);
        Assert.Equal(
            [("article:v2", ""), ("article:v3", "attacked.verb.active")],
            facts.Where(r => r.Type == "ATTACKED").Select(r => ((string)r.Properties[GraphProperties.Article], ((string[])r.Properties[GraphProperties.Rules])[0])));
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

        var status = await fixture.Store.GetStatusAsync(10, Graphs.Version, Token);

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
    public async Task GetStatusAsync_AfterWritesCorrectionsAndRewrites_CountsEqualAFullRecount()
    {
        using var fixture = new TemporaryStore();
        await fixture.Store.WriteAsync([Graphs.Strike("a1"), Graphs.Strike("a2", sentence: 3), Graphs.Sanctions("a3")], Token);
        await fixture.Store.WriteAsync([Graphs.Strike("a1"), Graphs.Sanctions("a3")], Token);
        var corrected = Graphs.Article("a2", "Corrected.", new DateOnly(2024, 3, 2),
            (Graphs.UnitedStates, RelationshipType.Sanctioned, Graphs.Minister, 0, "Washington sanctioned the minister.", null),
            (Graphs.UnitedStates, RelationshipType.Sanctioned, Graphs.Minister, 2, "The sanctions took effect.", null));
        await fixture.Store.WriteAsync([corrected], Token);

        var status = await fixture.Store.GetStatusAsync(0, Graphs.Version, Token);

        var nodes = await ReadAsync(fixture.Store.ReadNodesAsync(Token));
        var relationships = await ReadAsync(fixture.Store.ReadRelationshipsAsync(Token));
        Assert.Equal(
            nodes.GroupBy(n => n.Labels[0]).ToDictionary(g => g.Key, g => (long)g.Count()).OrderBy(p => p.Key, StringComparer.Ordinal),
            status.NodesByLabel.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(
            relationships.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => (long)g.Count()).OrderBy(p => p.Key, StringComparer.Ordinal),
            status.RelationshipsByType.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(1, status.RelationshipsByType["ATTACKED"]);
        Assert.Equal(2, status.RelationshipsByType["SANCTIONED"]);
        Assert.Equal(1, status.NodesByLabel["Base"]);
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

        var status = await fixture.Store.GetStatusAsync(10, Graphs.Version, Token);
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

    /// <summary>Runs SQL on a store file outside the store (to build an older schema) and returns the first value.</summary>
    internal static async Task<object?> ExecuteOnFileAsync(string path, string sql)
    {
        object? value;
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + path + ";Pooling=False"))
        {
            await connection.OpenAsync(Token);
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            value = await command.ExecuteScalarAsync(Token);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return value;
    }

    internal static async Task<List<T>> ReadAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }
}
