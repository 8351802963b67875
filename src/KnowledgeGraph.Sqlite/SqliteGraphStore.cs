using System.Globalization;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Polly;

namespace KnowledgeGraph.Sqlite;

/// <summary>
/// The embedded store: one SQLite file holding the graph (as per-article facts) and the ingestion journal.
/// Safe for one writer and concurrent readers (WAL). Every write is one transaction, so a crash leaves either the
/// whole batch or none of it.
/// </summary>
public sealed class SqliteGraphStore : IGraphSink, IGraphReader, IIngestionJournal, IDisposable
{
    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL: another process or the disk, not the data. The store is
    // stopped on them, never an article failed. (Busy and locked were retried by the resilience pipeline first.)
    private static readonly HashSet<int> TransientSqliteCodes = [5, 6, 10, 13];

    // Primary result codes (extended codes carry them in the low byte) of a store that cannot be used at all.
    private const int ReadOnlyCode = 8;
    private const int CannotOpenCode = 14;
    private const int NotADatabaseCode = 26;

    /// <inheritdoc />
    public bool IsTransient(Exception exception) => StoreFailures.IsTransient(
        exception,
        static e => e is SqliteException sqlite ? TransientSqliteCodes.Contains(sqlite.SqliteErrorCode & 0xFF) : null);

    private const int LookupChunk = 500;

    private readonly string path;
    private readonly string connectionString;
    private readonly SemaphoreSlim schemaLock = new(1, 1);
    private readonly ResiliencePipeline resilience;
    private volatile bool schemaReady;

    /// <summary>A store without retries (tests, tools); the host registers it with its resilience pipeline.</summary>
    public SqliteGraphStore(IOptions<StoreOptions> options)
        : this(options, ResiliencePipeline.Empty)
    {
    }

    public SqliteGraphStore(IOptions<StoreOptions> options, ResiliencePipeline resilience)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(resilience);
        this.resilience = resilience;
        path = System.IO.Path.GetFullPath(options.Value.Path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)options.Value.BusyTimeout.TotalSeconds),
        }.ToString();
        BusyTimeoutMs = (long)options.Value.BusyTimeout.TotalMilliseconds;
    }

    public string Description => "sqlite:" + path;

    /// <summary>The full path of the database file.</summary>
    public string FilePath => path;

    private long BusyTimeoutMs { get; }

    public void Dispose() => schemaLock.Dispose();

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (schemaReady)
        {
            return;
        }

        await ResilientAsync(InitializeOnceAsync, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> InitializeOnceAsync(CancellationToken cancellationToken)
    {
        if (schemaReady)
        {
            return true;
        }

        await schemaLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (schemaReady)
            {
                return true;
            }

            var directory = System.IO.Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
            {
                try
                {
                    Directory.CreateDirectory(directory);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new GraphStoreAccessException(Description, $"cannot create the folder of the store '{path}': {ex.Message}", ex);
                }
            }

            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL);", cancellationToken, transaction).ConfigureAwait(false);
            await using (var version = connection.CreateCommand())
            {
                version.Transaction = transaction;
                version.CommandText = "SELECT max(version) FROM schema_info;";
                var found = await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as long?;
                if (found > StoreSchema.Version)
                {
                    throw new InvalidOperationException(
                        $"The store '{path}' has schema version {found}, newer than this program's {StoreSchema.Version}. Upgrade KnowledgeGraph.");
                }

                if (found == 1)
                {
                    await ExecuteAsync(connection, StoreSchema.MigrateFrom1, cancellationToken, transaction).ConfigureAwait(false);
                }
                else if (found == 2)
                {
                    await ExecuteAsync(connection, StoreSchema.MigrateFrom2, cancellationToken, transaction).ConfigureAwait(false);
                }

                await ExecuteAsync(connection, StoreSchema.Create, cancellationToken, transaction).ConfigureAwait(false);
                if (found == 1)
                {
                    await ExecuteAsync(connection, StoreSchema.Recount, cancellationToken, transaction).ConfigureAwait(false);
                }

                if (found != StoreSchema.Version)
                {
                    version.CommandText = "DELETE FROM schema_info; INSERT INTO schema_info (version) VALUES ($v);";
                    version.Parameters.AddWithValue("$v", StoreSchema.Version);
                    await version.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    // Writes nothing, but needs write access: a read-only file is found here, once, at start, and not
                    // by every article of the first batch.
                    version.CommandText = "UPDATE schema_info SET version = version WHERE 0;";
                    await version.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            schemaReady = true;
            return true;
        }
        finally
        {
            schemaLock.Release();
        }
    }

    public Task<IReadOnlySet<string>> FindUnchangedAsync(IReadOnlyCollection<Article> articles, string extractorVersion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(extractorVersion);
        return ResilientAsync(token => FindUnchangedOnceAsync(articles, extractorVersion, token), cancellationToken);
    }

    private async Task<IReadOnlySet<string>> FindUnchangedOnceAsync(IReadOnlyCollection<Article> articles, string extractorVersion, CancellationToken cancellationToken)
    {
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        if (articles.Count == 0)
        {
            return unchanged;
        }

        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            wanted[article.Id] = article.ContentHash;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var chunk in wanted.Keys.Chunk(LookupChunk))
        {
            await using var command = connection.CreateCommand();
            var names = new string[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                names[i] = "$p" + i.ToString(CultureInfo.InvariantCulture);
                command.Parameters.AddWithValue(names[i], chunk[i]);
            }

            command.CommandText = $"SELECT id, content_hash, extractor_version FROM articles WHERE id IN ({string.Join(',', names)});";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(0);
                if (string.Equals(wanted[id], reader.GetString(1), StringComparison.Ordinal)
                    && string.Equals(extractorVersion, reader.GetString(2), StringComparison.Ordinal))
                {
                    unchanged.Add(id);
                }
            }
        }

        return unchanged;
    }

    public async Task WriteAsync(IReadOnlyList<ArticleGraph> batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Count == 0)
        {
            return;
        }

        await ResilientAsync(token => WriteOnceAsync(batch, token), cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> WriteOnceAsync(IReadOnlyList<ArticleGraph> batch, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        using var statements = new WriteStatements(connection, transaction);
        foreach (var graph in batch)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await statements.WriteArticleAsync(graph, cancellationToken).ConfigureAwait(false);
        }

        await statements.FlushCountsAsync(cancellationToken).ConfigureAwait(false);

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async IAsyncEnumerable<GraphNode> ReadNodesAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenExistingAsync(cancellationToken).ConfigureAwait(false);

        // "article:" sorts before every entity label prefix (base:, country:, location:, organisation:, person:), so articles
        // first and then entities, each in id order, is the whole node list in id order.
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, title, published, url, source, content_hash, extractor_version, report_key FROM articles ORDER BY id;";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(0);
                var properties = NewProperties();
                properties[GraphProperties.Key] = NodeIds.ForArticle(id);
                properties[GraphProperties.SourceId] = id;
                AddIfPresent(properties, GraphProperties.Title, reader, 1);
                AddIfPresent(properties, GraphProperties.Date, reader, 2);
                AddIfPresent(properties, GraphProperties.Url, reader, 3);
                AddIfPresent(properties, GraphProperties.Source, reader, 4);
                properties[GraphProperties.ContentHash] = reader.GetString(5);
                properties[GraphProperties.ExtractorVersion] = reader.GetString(6);
                properties[GraphProperties.Report] = reader.GetString(7);
                properties[GraphProperties.Name] = reader.IsDBNull(1) ? id : reader.GetString(1);
                yield return new GraphNode(NodeIds.ForArticle(id), [GraphVocabulary.ArticleLabel], properties);
            }
        }

        await foreach (var node in ReadEntityNodesAsync(connection, cancellationToken).ConfigureAwait(false))
        {
            yield return node;
        }
    }

    public async IAsyncEnumerable<GraphRelationship> ReadRelationshipsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await OpenExistingAsync(cancellationToken).ConfigureAwait(false);
        var types = GraphVocabulary.RelationshipTypes.Select(t => t.ToGraphType())
            .Append(GraphVocabulary.MentionsType)
            .Append(GraphVocabulary.LocatedInType)
            .Order(StringComparer.Ordinal);
        foreach (var type in types)
        {
            var relationships = type switch
            {
                GraphVocabulary.MentionsType => ReadMentionsAsync(connection, cancellationToken),
                GraphVocabulary.LocatedInType => ReadLocatedInAsync(connection, cancellationToken),
                _ => ReadEventRelationshipsAsync(connection, type, cancellationToken),
            };
            await foreach (var relationship in relationships.ConfigureAwait(false))
            {
                yield return relationship;
            }
        }
    }

    public Task RecordIngestedAsync(IReadOnlyList<IngestedArticle> articles, CancellationToken cancellationToken) =>
        RecordJournalAsync(
            articles,
            """
            ON CONFLICT (article_id) DO UPDATE SET origin = excluded.origin, content_hash = excluded.content_hash,
                entities = excluded.entities, relationships = excluded.relationships, at = excluded.at,
                extractor_version = excluded.extractor_version
            """,
            cancellationToken);

    /// <summary>Journals articles found unchanged, keeping an existing entry (its counts and time) as it is.</summary>
    public Task RecordUnchangedAsync(IReadOnlyList<IngestedArticle> articles, CancellationToken cancellationToken) =>
        RecordJournalAsync(articles, "ON CONFLICT (article_id) DO NOTHING", cancellationToken);

    public async Task RecordFailureAsync(string origin, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(origin);
        await ResilientAsync(token => RecordFailureOnceAsync(origin, reason, at, token), cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> RecordFailureOnceAsync(string origin, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO journal_failures (origin, reason, at) VALUES ($origin, $reason, $at)
            ON CONFLICT (origin) DO UPDATE SET reason = excluded.reason, at = excluded.at;
            """;
        command.Parameters.AddWithValue("$origin", origin);
        command.Parameters.AddWithValue("$reason", reason ?? "");
        command.Parameters.AddWithValue("$at", FormatInstant(at));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<IngestionStatus> GetStatusAsync(int recentLimit, string currentExtractorVersion, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(recentLimit);
        ArgumentNullException.ThrowIfNull(currentExtractorVersion);
        await using var connection = await OpenExistingAsync(cancellationToken).ConfigureAwait(false);

        var ingested = await ScalarLongAsync(connection, "SELECT count(*) FROM journal_ingested;", cancellationToken).ConfigureAwait(false);
        var failures = await ScalarLongAsync(connection, "SELECT count(*) FROM journal_failures;", cancellationToken).ConfigureAwait(false);
        long stale;
        await using (var command = connection.CreateCommand())
        {
            // Two range scans of ix_journal_ingested_version: the cost is the number of stale articles, not the journal.
            command.CommandText = "SELECT (SELECT count(*) FROM journal_ingested WHERE extractor_version < $v) + (SELECT count(*) FROM journal_ingested WHERE extractor_version > $v);";
            command.Parameters.AddWithValue("$v", currentExtractorVersion);
            stale = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        DateTimeOffset? last = null;
        var recentArticles = new List<IngestedArticle>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT article_id, origin, content_hash, entities, relationships, at, extractor_version FROM journal_ingested
                ORDER BY at DESC, article_id LIMIT $limit;
                """;
            command.Parameters.AddWithValue("$limit", recentLimit);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var at = ParseInstant(reader.GetString(5));
                last ??= at;
                recentArticles.Add(new IngestedArticle(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt32(3), reader.GetInt32(4), at) { ExtractorVersion = reader.GetString(6) });
            }
        }

        if (last is null && ingested > 0)
        {
            var latest = await ScalarStringAsync(connection, "SELECT max(at) FROM journal_ingested;", cancellationToken).ConfigureAwait(false);
            last = latest is null ? null : ParseInstant(latest);
        }

        var recentFailures = new List<FailureRecord>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT origin, reason, at FROM journal_failures ORDER BY at DESC, origin LIMIT $limit;";
            command.Parameters.AddWithValue("$limit", recentLimit);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                recentFailures.Add(new FailureRecord(reader.GetString(0), reader.GetString(1), ParseInstant(reader.GetString(2))));
            }
        }

        // Kept in step by every write (WriteStatements), so status costs the same at a thousand articles or a million.
        var nodes = new SortedDictionary<string, long>(StringComparer.Ordinal) { [GraphVocabulary.ArticleLabel] = 0 };
        var relationships = new SortedDictionary<string, long>(StringComparer.Ordinal) { [GraphVocabulary.MentionsType] = 0 };
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, value FROM graph_counts WHERE value > 0 OR name IN ('node:Article', 'rel:MENTIONS');";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var name = reader.GetString(0);
                var target = name.StartsWith("node:", StringComparison.Ordinal) ? nodes : relationships;
                target[name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..]] = reader.GetInt64(1);
            }
        }

        return new IngestionStatus(ingested, failures, last, recentArticles, recentFailures, nodes, relationships) { StaleArticles = stale };
    }

    private async Task RecordJournalAsync(IReadOnlyList<IngestedArticle> articles, string onConflict, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0)
        {
            return;
        }

        await ResilientAsync(token => RecordJournalOnceAsync(articles, onConflict, token), cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> RecordJournalOnceAsync(IReadOnlyList<IngestedArticle> articles, string onConflict, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText = $"""
            INSERT INTO journal_ingested (article_id, origin, content_hash, entities, relationships, at, extractor_version)
            VALUES ($id, $origin, $hash, $entities, $relationships, $at, $version)
            {onConflict};
            """;
        var id = upsert.Parameters.Add("$id", SqliteType.Text);
        var origin = upsert.Parameters.Add("$origin", SqliteType.Text);
        var hash = upsert.Parameters.Add("$hash", SqliteType.Text);
        var entities = upsert.Parameters.Add("$entities", SqliteType.Integer);
        var relationships = upsert.Parameters.Add("$relationships", SqliteType.Integer);
        var at = upsert.Parameters.Add("$at", SqliteType.Text);
        var version = upsert.Parameters.Add("$version", SqliteType.Text);

        await using var clearFailure = connection.CreateCommand();
        clearFailure.Transaction = transaction;
        clearFailure.CommandText = "DELETE FROM journal_failures WHERE origin = $origin;";
        var failedOrigin = clearFailure.Parameters.Add("$origin", SqliteType.Text);

        foreach (var article in articles)
        {
            id.Value = article.ArticleId;
            origin.Value = article.Origin;
            hash.Value = article.ContentHash;
            entities.Value = article.Entities;
            relationships.Value = article.Relationships;
            at.Value = FormatInstant(article.At);
            version.Value = article.ExtractorVersion;
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

            // A source that failed before and now went through is no longer a failure.
            failedOrigin.Value = article.Origin;
            await clearFailure.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static async IAsyncEnumerable<GraphNode> ReadEntityNodesAsync(SqliteConnection connection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Two ordered cursors merged by entity id keep memory to one entity at a time.
        await using var names = connection.CreateCommand();
        names.CommandText = "SELECT entity_id, label, name FROM article_entities ORDER BY entity_id, name;";
        await using var aliases = connection.CreateCommand();
        aliases.CommandText = "SELECT DISTINCT entity_id, alias FROM article_entity_aliases ORDER BY entity_id, alias;";

        // A country no article mentions is still a node while a Location lies in it (entity_refs), named as the
        // gazetteer names it: a third ordered cursor, merged in by id.
        await using var unmentionedCountries = connection.CreateCommand();
        unmentionedCountries.CommandText = """
            SELECT country_id, min(country_name) FROM located_in
            WHERE country_id NOT IN (SELECT entity_id FROM article_entities)
            GROUP BY country_id ORDER BY country_id;
            """;

        await using var nameReader = await names.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var aliasReader = await aliases.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var countryReader = await unmentionedCountries.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var aliasPending = await aliasReader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var namePending = await nameReader.ReadAsync(cancellationToken).ConfigureAwait(false);
        var countryPending = await countryReader.ReadAsync(cancellationToken).ConfigureAwait(false);

        while (namePending || countryPending)
        {
            if (countryPending && (!namePending || string.CompareOrdinal(countryReader.GetString(0), nameReader.GetString(0)) < 0))
            {
                yield return EntityNode(countryReader.GetString(0), EntityLabel.Country.ToGraphLabel(), countryReader.GetString(1), new SortedSet<string>(StringComparer.Ordinal));
                countryPending = await countryReader.ReadAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }

            var id = nameReader.GetString(0);
            var label = nameReader.GetString(1);
            var surfaceForms = new SortedSet<string>(StringComparer.Ordinal);
            var nameVotes = new Dictionary<string, int>(StringComparer.Ordinal);
            do
            {
                var name = nameReader.GetString(2);
                nameVotes[name] = nameVotes.GetValueOrDefault(name) + 1;
                surfaceForms.Add(name);
                namePending = await nameReader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            while (namePending && string.Equals(nameReader.GetString(0), id, StringComparison.Ordinal));

            while (aliasPending && string.CompareOrdinal(aliasReader.GetString(0), id) < 0)
            {
                aliasPending = await aliasReader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }

            while (aliasPending && string.Equals(aliasReader.GetString(0), id, StringComparison.Ordinal))
            {
                surfaceForms.Add(aliasReader.GetString(1));
                aliasPending = await aliasReader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }

            // The name most articles used wins; ties go to the ordinal-first, so the choice depends only on the set
            // of articles, never on the order they arrived in.
            var canonical = EntityNaming.ChooseName(nameVotes);
            surfaceForms.Remove(canonical);
            yield return EntityNode(id, label, canonical, surfaceForms);
        }
    }

    private static GraphNode EntityNode(string id, string label, string name, SortedSet<string> aliases)
    {
        var properties = NewProperties();
        properties[GraphProperties.Key] = id;
        properties[GraphProperties.Name] = name;
        properties[GraphProperties.NameKey] = name.ToLowerInvariant();
        if (aliases.Count > 0)
        {
            properties[GraphProperties.Aliases] = aliases.ToArray();
        }

        return new GraphNode(id, [label], properties);
    }

    /// <summary>LOCATED_IN of every Location node, in (location, country) order; no properties.</summary>
    private static async IAsyncEnumerable<GraphRelationship> ReadLocatedInAsync(SqliteConnection connection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT location_id, country_id FROM located_in ORDER BY location_id;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return new GraphRelationship(GraphVocabulary.LocatedInType, reader.GetString(0), reader.GetString(1), NewProperties());
        }
    }

    /// <summary>
    /// MENTIONS with the article's own name and aliases of the entity: two cursors in (article, entity) order merged,
    /// so memory holds one mention at a time.
    /// </summary>
    private static async IAsyncEnumerable<GraphRelationship> ReadMentionsAsync(SqliteConnection connection, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT article_id, entity_id, mentions, name FROM article_entities ORDER BY article_id, entity_id;";
        await using var aliases = connection.CreateCommand();
        aliases.CommandText = "SELECT article_id, entity_id, alias FROM article_entity_aliases ORDER BY article_id, entity_id, alias;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using var aliasReader = await aliases.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var aliasPending = await aliasReader.ReadAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var article = reader.GetString(0);
            var entity = reader.GetString(1);
            int Compare() =>
                string.CompareOrdinal(aliasReader.GetString(0), article) is var byArticle && byArticle != 0
                    ? byArticle
                    : string.CompareOrdinal(aliasReader.GetString(1), entity);
            while (aliasPending && Compare() < 0)
            {
                aliasPending = await aliasReader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }

            var forms = new List<string>();
            while (aliasPending && Compare() == 0)
            {
                forms.Add(aliasReader.GetString(2));
                aliasPending = await aliasReader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }

            var properties = NewProperties();
            properties[GraphProperties.Count] = reader.GetInt64(2);
            properties[GraphProperties.Name] = reader.GetString(3);
            if (forms.Count > 0)
            {
                properties[GraphProperties.Aliases] = forms.ToArray();
            }

            yield return new GraphRelationship(GraphVocabulary.MentionsType, NodeIds.ForArticle(article), entity, properties);
        }
    }

    /// <summary>
    /// One relationship per (type, start, end, article): the article's fact with its sentences in order. The table is
    /// clustered in this order, so this is one sequential scan; memory holds one article's sentences at a time.
    /// </summary>
    private static async IAsyncEnumerable<GraphRelationship> ReadEventRelationshipsAsync(SqliteConnection connection, string type, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT start_id, end_id, article_id, sentence, evidence, trigger, event_date, report, rule FROM article_relationships
            WHERE type = $type ORDER BY start_id, end_id, article_id, sentence;
            """;
        command.Parameters.AddWithValue("$type", type);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var pending = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        while (pending)
        {
            var start = reader.GetString(0);
            var end = reader.GetString(1);
            var article = reader.GetString(2);
            var report = reader.GetString(7);
            var fact = new EventFact();
            do
            {
                fact.Add(reader.GetInt64(3), reader.GetString(4), reader.GetString(5), reader.IsDBNull(6) ? null : reader.GetString(6), reader.GetString(8));
                pending = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            }
            while (pending
                && string.Equals(reader.GetString(2), article, StringComparison.Ordinal)
                && string.Equals(reader.GetString(0), start, StringComparison.Ordinal)
                && string.Equals(reader.GetString(1), end, StringComparison.Ordinal));

            yield return new GraphRelationship(type, start, end, fact.ToProperties(NodeIds.ForArticle(article), report));
        }
    }

    private static SortedDictionary<string, object> NewProperties() => new(StringComparer.Ordinal);

    private static void AddIfPresent(SortedDictionary<string, object> properties, string name, SqliteDataReader reader, int ordinal)
    {
        if (!reader.IsDBNull(ordinal))
        {
            properties[name] = reader.GetString(ordinal);
        }
    }

    private static string FormatInstant(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseInstant(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    private async Task<SqliteConnection> OpenExistingAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new StoreNotFoundException(path);
        }

        try
        {
            await InitializeAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (GraphStoreAccessException ex) when (ex.InnerException is SqliteException sqlite && (sqlite.SqliteErrorCode & 0xFF) == ReadOnlyCode)
        {
            // Reading (status, export) needs no write access: a read-only store with its schema is read as it is.
        }

        return await ResilientAsync(OpenAsync, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one store call through the store's resilience pipeline (busy and locked databases are retried, each retry
    /// from scratch), and turns a store that cannot be used at all into one <see cref="GraphStoreAccessException"/>
    /// naming the file and the cause, raised at the first call instead of once per article.
    /// </summary>
    private async Task<T> ResilientAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await resilience.ExecuteAsync(static async (work, token) => await work(token).ConfigureAwait(false), call, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException ex) when (DescribeUnusable(ex) is { } cause)
        {
            throw new GraphStoreAccessException(Description, $"the store '{path}' cannot be used: {cause}", ex);
        }
    }

    /// <summary>Why the store cannot be used at all, or null when the failure is about something else.</summary>
    private string? DescribeUnusable(SqliteException exception) => (exception.SqliteErrorCode & 0xFF) switch
    {
        ReadOnlyCode => "it is read-only (the file, its folder or the file system does not allow writing)",
        NotADatabaseCode => "the file is not a SQLite database",
        CannotOpenCode => DescribeCannotOpen(),
        _ => null,
    };

    /// <summary>SQLite says only "unable to open database file": ask the file system what stands in the way.</summary>
    private string DescribeCannotOpen()
    {
        var directory = System.IO.Path.GetDirectoryName(path) ?? ".";
        if (Directory.Exists(path))
        {
            return "it is a folder, not a file";
        }

        if (!Directory.Exists(directory))
        {
            return $"its folder '{directory}' does not exist";
        }

        var probe = File.Exists(path) ? path : System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(path)}.{Environment.ProcessId}.probe");
        try
        {
            using (File.Open(probe, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite))
            {
            }

            if (!string.Equals(probe, path, StringComparison.Ordinal))
            {
                File.Delete(probe);
            }

            return "SQLite could not open it (unable to open database file)";
        }
        catch (UnauthorizedAccessException)
        {
            return File.Exists(path) ? "permission denied (the file cannot be read and written)" : $"permission denied (no file can be created in '{directory}')";
        }
        catch (IOException ex)
        {
            return ex.Message;
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);

            // WAL + NORMAL survives process crashes (kill -9) with every committed transaction intact; only an OS
            // crash or power loss can drop the last commits, which re-ingestion restores idempotently.
            await ExecuteAsync(
                connection,
                string.Create(CultureInfo.InvariantCulture, $"PRAGMA busy_timeout={BusyTimeoutMs}; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF;"),
                cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> ScalarLongAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    private static async Task<string?> ScalarStringAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }
}
