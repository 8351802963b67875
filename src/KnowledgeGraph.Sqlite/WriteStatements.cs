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
            INSERT INTO articles (id, title, published, url, source, content_hash, extractor_version)
            VALUES ($id, $title, $published, $url, $source, $hash, $version)
            ON CONFLICT (id) DO UPDATE SET title = excluded.title, published = excluded.published, url = excluded.url,
                source = excluded.source, content_hash = excluded.content_hash, extractor_version = excluded.extractor_version;
            """,
            "$id", "$title", "$published", "$url", "$source", "$hash", "$version");
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
            INSERT OR REPLACE INTO article_relationships (article_id, type, start_id, end_id, sentence, evidence, trigger, event_date)
            VALUES ($article, $type, $start, $end, $sentence, $evidence, $trigger, $date);
            """,
            "$article", "$type", "$start", "$end", "$sentence", "$evidence", "$trigger", "$date");
    }

    public async Task WriteArticleAsync(ArticleGraph graph, CancellationToken cancellationToken)
    {
        var article = graph.Article;
        foreach (var delete in deletes)
        {
            delete.Parameters[0].Value = article.Id;
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        Bind(upsertArticle, article.Id, article.Title, GraphProperties.FormatDate(article.Published), article.Url, article.Source, article.ContentHash, graph.ExtractorVersion);
        await upsertArticle.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

        foreach (var mention in graph.Entities)
        {
            var entity = mention.Entity;
            Bind(insertEntity, article.Id, entity.Id, entity.Label.ToGraphLabel(), entity.Name, mention.Mentions);
            await insertEntity.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            foreach (var alias in entity.Aliases)
            {
                if (!string.Equals(alias, entity.Name, StringComparison.Ordinal))
                {
                    Bind(insertAlias, article.Id, entity.Id, alias);
                    await insertAlias.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }
            }
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
                GraphProperties.FormatDate(relationship.EventDate));
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
