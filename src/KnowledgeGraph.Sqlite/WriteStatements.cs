using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Sqlite;

/// <summary>
/// The prepared statements of one write transaction. Writing an article first deletes everything that article
/// contributed before, then inserts its current facts: the same article twice is a no-op, a changed article replaces
/// its previous version, and no other article's facts are touched.
/// </summary>
internal sealed class WriteStatements : IDisposable
{
    private readonly SqliteCommand[] deletes;
    private readonly SqliteCommand upsertArticle;
    private readonly SqliteCommand insertEntity;
    private readonly SqliteCommand insertAlias;
    private readonly SqliteCommand insertRelationship;
    private readonly SqliteCommand articleExists;
    private readonly SqliteCommand factsByType;
    private readonly SqliteCommand mentionedEntities;
    private readonly SqliteCommand releaseEntity;
    private readonly SqliteCommand forgetEntity;
    private readonly SqliteCommand holdEntity;
    private readonly SqliteCommand addCount;
    private readonly SqliteCommand placeLocation;
    private readonly SqliteCommand unplaceLocation;
    private readonly Dictionary<string, long> countChanges = new(StringComparer.Ordinal);

    public WriteStatements(SqliteConnection connection, SqliteTransaction transaction)
    {
        deletes =
        [
            Create(connection, transaction, "DELETE FROM article_entities WHERE article_id = $article;", "$article"),
            Create(connection, transaction, "DELETE FROM article_entity_aliases WHERE article_id = $article;", "$article"),
            Create(connection, transaction, "DELETE FROM article_relationships WHERE article_id = $article;", "$article"),
        ];
        upsertArticle = Create(
            connection,
            transaction,
            """
            INSERT INTO articles (id, title, published, url, source, content_hash, extractor_version, report_key)
            VALUES ($id, $title, $published, $url, $source, $hash, $version, $report)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, published = excluded.published, url = excluded.url,
                source = excluded.source, content_hash = excluded.content_hash, extractor_version = excluded.extractor_version,
                report_key = excluded.report_key;
            """,
            "$id", "$title", "$published", "$url", "$source", "$hash", "$version", "$report");
        insertEntity = Create(
            connection,
            transaction,
            "INSERT OR REPLACE INTO article_entities (article_id, entity_id, label, name, mentions) VALUES ($article, $entity, $label, $name, $mentions);",
            "$article", "$entity", "$label", "$name", "$mentions");
        insertAlias = Create(
            connection,
            transaction,
            "INSERT OR IGNORE INTO article_entity_aliases (article_id, entity_id, alias) VALUES ($article, $entity, $alias);",
            "$article", "$entity", "$alias");
        insertRelationship = Create(
            connection,
            transaction,
            """
            INSERT OR REPLACE INTO article_relationships (article_id, type, start_id, end_id, sentence, evidence, trigger, event_date, report, rule)
            VALUES ($article, $type, $start, $end, $sentence, $evidence, $trigger, $date, $report, $rule);
            """,
            "$article", "$type", "$start", "$end", "$sentence", "$evidence", "$trigger", "$date", "$report", "$rule");
        articleExists = Create(connection, transaction, "SELECT count(*) FROM articles WHERE id = $article;", "$article");
        factsByType = Create(
            connection,
            transaction,
            "SELECT type, count(*) FROM (SELECT DISTINCT type, start_id, end_id FROM article_relationships WHERE article_id = $article) GROUP BY type;",
            "$article");
        mentionedEntities = Create(connection, transaction, "SELECT entity_id FROM article_entities WHERE article_id = $article;", "$article");
        releaseEntity = Create(connection, transaction, "UPDATE entity_refs SET articles = articles - 1 WHERE entity_id = $entity RETURNING articles, label;", "$entity");
        forgetEntity = Create(connection, transaction, "DELETE FROM entity_refs WHERE entity_id = $entity;", "$entity");
        holdEntity = Create(
            connection,
            transaction,
            "INSERT INTO entity_refs (entity_id, label, articles) VALUES ($entity, $label, 1) ON CONFLICT (entity_id) DO UPDATE SET articles = articles + 1 RETURNING articles;",
            "$entity", "$label");
        addCount = Create(
            connection,
            transaction,
            "INSERT INTO graph_counts (name, value) VALUES ($name, $change) ON CONFLICT (name) DO UPDATE SET value = value + excluded.value;",
            "$name", "$change");
        placeLocation = Create(
            connection,
            transaction,
            "INSERT OR REPLACE INTO located_in (location_id, country_id, country_name) VALUES ($location, $country, $name);",
            "$location", "$country", "$name");
        unplaceLocation = Create(connection, transaction, "DELETE FROM located_in WHERE location_id = $location RETURNING country_id;", "$location");
    }

    /// <summary>Writes the count changes of every article written so far (once per transaction).</summary>
    public async Task FlushCountsAsync(CancellationToken cancellationToken)
    {
        foreach (var (name, change) in countChanges)
        {
            if (change != 0)
            {
                Bind(addCount, name, change);
                await addCount.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        countChanges.Clear();
    }

    /// <summary>Takes what the article's stored version contributed off the counts (before its rows are deleted).</summary>
    private async Task ReleaseAsync(string articleId, CancellationToken cancellationToken)
    {
        articleExists.Parameters[0].Value = articleId;
        if (Convert.ToInt64(await articleExists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) == 0)
        {
            Count("node:" + GraphVocabulary.ArticleLabel, 1);
            return;
        }

        factsByType.Parameters[0].Value = articleId;
        await using (var reader = await factsByType.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                Count("rel:" + reader.GetString(0), -reader.GetInt64(1));
            }
        }

        var entities = new List<string>();
        mentionedEntities.Parameters[0].Value = articleId;
        await using (var reader = await mentionedEntities.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                entities.Add(reader.GetString(0));
            }
        }

        foreach (var entity in entities)
        {
            Count("rel:" + GraphVocabulary.MentionsType, -1);
            await ReleaseEntityAsync(entity, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Drops one reference to an entity node; the node goes with its last reference, and a Location that goes takes
    /// its LOCATED_IN and its reference on the country with it.
    /// </summary>
    private async Task ReleaseEntityAsync(string entity, CancellationToken cancellationToken)
    {
        releaseEntity.Parameters[0].Value = entity;
        string label;
        await using (var reader = await releaseEntity.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false) || reader.GetInt64(0) > 0)
            {
                return;
            }

            label = reader.GetString(1);
        }

        Count("node:" + label, -1);
        forgetEntity.Parameters[0].Value = entity;
        await forgetEntity.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        if (label != EntityLabel.Location.ToGraphLabel())
        {
            return;
        }

        unplaceLocation.Parameters[0].Value = entity;
        if (await unplaceLocation.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string country)
        {
            Count("rel:" + GraphVocabulary.LocatedInType, -1);
            await ReleaseEntityAsync(country, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Takes one reference to an entity node; true when that made the node appear.</summary>
    private async Task<bool> HoldEntityAsync(string entity, string label, CancellationToken cancellationToken)
    {
        Bind(holdEntity, entity, label);
        if (Convert.ToInt64(await holdEntity.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture) != 1)
        {
            return false;
        }

        Count("node:" + label, 1);
        return true;
    }

    private void Count(string name, long change) => countChanges[name] = countChanges.GetValueOrDefault(name) + change;

    public async Task WriteArticleAsync(ArticleGraph graph, CancellationToken cancellationToken)
    {
        var article = graph.Article;
        await ReleaseAsync(article.Id, cancellationToken).ConfigureAwait(false);
        foreach (var delete in deletes)
        {
            delete.Parameters[0].Value = article.Id;
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        Bind(upsertArticle, article.Id, article.Title, GraphProperties.FormatDate(article.Published), article.Url, article.Source, article.ContentHash, graph.ExtractorVersion, article.ReportKey);
        await upsertArticle.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var mention in graph.Entities)
        {
            var entity = mention.Entity;
            Bind(insertEntity, article.Id, entity.Id, entity.Label.ToGraphLabel(), entity.Name, mention.Mentions);
            await insertEntity.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (mentioned.Add(entity.Id))
            {
                Count("rel:" + GraphVocabulary.MentionsType, 1);
                if (await HoldEntityAsync(entity.Id, entity.Label.ToGraphLabel(), cancellationToken).ConfigureAwait(false) && entity.CountryId is { } countryId)
                {
                    // A Location node that appears is placed in its country (whose node it keeps alive) once, whatever
                    // the number of articles mentioning it; it leaves with the node (ReleaseEntityAsync).
                    Bind(placeLocation, entity.Id, countryId, entity.Country);
                    await placeLocation.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    Count("rel:" + GraphVocabulary.LocatedInType, 1);
                    await HoldEntityAsync(countryId, EntityLabel.Country.ToGraphLabel(), cancellationToken).ConfigureAwait(false);
                }
            }

            foreach (var alias in entity.Aliases)
            {
                if (!string.Equals(alias, entity.Name, StringComparison.Ordinal))
                {
                    Bind(insertAlias, article.Id, entity.Id, alias);
                    await insertAlias.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }

        foreach (var fact in graph.Relationships.Select(r => (r.Type, r.StartId, r.EndId)).Distinct())
        {
            Count("rel:" + fact.Type.ToGraphType(), 1);
        }

        foreach (var relationship in graph.Relationships)
        {
            Bind(
                insertRelationship,
                article.Id,
                relationship.Type.ToGraphType(),
                relationship.StartId,
                relationship.EndId,
                relationship.SentenceIndex,
                relationship.Evidence,
                relationship.Trigger,
                GraphProperties.FormatDate(relationship.EventDate),
                article.ReportKey,
                relationship.Rule ?? GraphProperties.UnknownRule);
            await insertRelationship.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose()
    {
        foreach (var command in deletes)
        {
            command.Dispose();
        }

        upsertArticle.Dispose();
        insertEntity.Dispose();
        insertAlias.Dispose();
        insertRelationship.Dispose();
        articleExists.Dispose();
        factsByType.Dispose();
        mentionedEntities.Dispose();
        releaseEntity.Dispose();
        forgetEntity.Dispose();
        holdEntity.Dispose();
        addCount.Dispose();
        placeLocation.Dispose();
        unplaceLocation.Dispose();
    }

    private static void Bind(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static SqliteCommand Create(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }
}
