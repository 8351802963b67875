namespace KnowledgeGraph.Sqlite;

/// <summary>
/// The store keeps per-article facts, not merged nodes and edges: the graph is derived from them on read. That is
/// what makes ingestion idempotent and order-independent — re-writing an article replaces exactly its own rows, and
/// the merged view (names, aliases, evidence lists) is a deterministic function of the set of rows.
/// </summary>
internal static class StoreSchema
{
    public const int Version = 4;

    /// <summary>Event facts, one row per (article, sentence), clustered in export order.</summary>
    private const string EventFactsTable = """
        CREATE TABLE IF NOT EXISTS article_relationships (
            article_id  TEXT NOT NULL,
            type        TEXT NOT NULL,
            start_id    TEXT NOT NULL,
            end_id      TEXT NOT NULL,
            sentence    INTEGER NOT NULL,
            evidence    TEXT NOT NULL,
            trigger     TEXT NOT NULL,
            event_date  TEXT,
            report      TEXT NOT NULL,
            rule        TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (type, start_id, end_id, article_id, sentence)
        ) WITHOUT ROWID;
        """;

    public const string Create = $$"""
        CREATE TABLE IF NOT EXISTS schema_info (
            version INTEGER NOT NULL
        );

        CREATE TABLE IF NOT EXISTS articles (
            id            TEXT PRIMARY KEY,
            title         TEXT,
            published     TEXT,
            url           TEXT,
            source        TEXT,
            content_hash  TEXT NOT NULL,
            extractor_version TEXT NOT NULL DEFAULT '',
            report_key    TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS article_entities (
            article_id  TEXT NOT NULL,
            entity_id   TEXT NOT NULL,
            label       TEXT NOT NULL,
            name        TEXT NOT NULL,
            mentions    INTEGER NOT NULL,
            PRIMARY KEY (article_id, entity_id)
        ) WITHOUT ROWID;
        -- Covering for the node export (entity_id, name, label in order, no table lookups) and the counts by label.
        CREATE INDEX IF NOT EXISTS ix_article_entities_entity_name ON article_entities (entity_id, name, label);
        CREATE INDEX IF NOT EXISTS ix_article_entities_label ON article_entities (label, entity_id);

        CREATE TABLE IF NOT EXISTS article_entity_aliases (
            article_id  TEXT NOT NULL,
            entity_id   TEXT NOT NULL,
            alias       TEXT NOT NULL,
            PRIMARY KEY (article_id, entity_id, alias)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_article_entity_aliases_entity ON article_entity_aliases (entity_id, alias);

        {{EventFactsTable}}
        -- The table is clustered in export order (one sequential scan per type, no row lookups); retraction finds an
        -- article's rows through this index.
        CREATE INDEX IF NOT EXISTS ix_article_relationships_article ON article_relationships (article_id);

        -- Counts kept in step by every write (an article's previous contribution leaves, its new one arrives), so
        -- status reads them without scanning facts: 'node:<Label>', 'rel:<TYPE>' (facts), 'rel:MENTIONS'.
        CREATE TABLE IF NOT EXISTS graph_counts (
            name   TEXT PRIMARY KEY,
            value  INTEGER NOT NULL
        ) WITHOUT ROWID;

        -- How many articles mention each entity, plus (for a country) how many existing Locations lie in it: an entity
        -- node exists while this is above zero.
        CREATE TABLE IF NOT EXISTS entity_refs (
            entity_id  TEXT PRIMARY KEY,
            label      TEXT NOT NULL,
            articles   INTEGER NOT NULL
        ) WITHOUT ROWID;

        -- (:Location)-[:LOCATED_IN]->(:Country): a gazetteer fact, not an article's. A row lives exactly as long as its
        -- Location node (entity_refs): written when the node appears, deleted when it goes, and it holds one reference
        -- on the country, so the Country node exists (named country_name when no article mentions it) while it is needed.
        CREATE TABLE IF NOT EXISTS located_in (
            location_id   TEXT PRIMARY KEY,
            country_id    TEXT NOT NULL,
            country_name  TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_located_in_country ON located_in (country_id, location_id);

        CREATE TABLE IF NOT EXISTS journal_ingested (
            article_id     TEXT PRIMARY KEY,
            origin         TEXT NOT NULL,
            content_hash   TEXT NOT NULL,
            entities       INTEGER NOT NULL,
            relationships  INTEGER NOT NULL,
            at             TEXT NOT NULL,
            extractor_version TEXT NOT NULL DEFAULT ''
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_journal_ingested_at ON journal_ingested (at);
        -- status counts stale articles (another version than the running one) as two range scans of this index.
        CREATE INDEX IF NOT EXISTS ix_journal_ingested_version ON journal_ingested (extractor_version);

        CREATE TABLE IF NOT EXISTS journal_failures (
            origin  TEXT PRIMARY KEY,
            reason  TEXT NOT NULL,
            at      TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_journal_failures_at ON journal_failures (at);
        """;

    /// <summary>
    /// Version 1 to 2 (and so to the current version: the facts table is created in its current shape): the extractor version joins the change key (articles and journal; existing rows get '' and so
    /// count as stale), articles and facts carry the report key, event facts are clustered in export order, and the
    /// entity indexes cover the export.
    /// </summary>
    public const string MigrateFrom1 = $$"""
        ALTER TABLE articles ADD COLUMN extractor_version TEXT NOT NULL DEFAULT '';
        ALTER TABLE articles ADD COLUMN report_key TEXT NOT NULL DEFAULT '';
        UPDATE articles SET report_key = 'article:' || id;
        ALTER TABLE journal_ingested ADD COLUMN extractor_version TEXT NOT NULL DEFAULT '';
        DROP INDEX IF EXISTS ix_article_entities_entity;
        DROP INDEX IF EXISTS ix_article_relationships_edge;
        ALTER TABLE article_relationships RENAME TO article_relationships_v1;
        {{EventFactsTable}}
        -- A v1 store holds no text to recognise copies by: until re-ingested, each article is its own report.
        INSERT INTO article_relationships (article_id, type, start_id, end_id, sentence, evidence, trigger, event_date, report)
            SELECT article_id, type, start_id, end_id, sentence, evidence, trigger, event_date, 'article:' || article_id FROM article_relationships_v1;
        DROP TABLE article_relationships_v1;
        """;

    /// <summary>
    /// Version 2 to 3: each fact sentence carries the id of the extraction rule that found it; facts stored before
    /// have none ('') until their article is extracted again (the extractor version changed with it, so they are stale).
    /// </summary>
    public const string MigrateFrom2 = "ALTER TABLE article_relationships ADD COLUMN rule TEXT NOT NULL DEFAULT '';";

    // Version 3 to 4 adds the located_in table (Location nodes and their LOCATED_IN): Create makes it, empty, which is
    // right for a version 3 store (it holds no Location); its articles are stale for the new extractor and gain their
    // Locations when extracted again.

    /// <summary>Rebuilds graph_counts and entity_refs from the facts: once, when a store of schema 1 is migrated.</summary>
    public const string Recount = """
        DELETE FROM entity_refs;
        INSERT INTO entity_refs (entity_id, label, articles) SELECT entity_id, min(label), count(*) FROM article_entities GROUP BY entity_id;
        DELETE FROM graph_counts;
        INSERT INTO graph_counts (name, value) SELECT 'node:Article', count(*) FROM articles;
        INSERT INTO graph_counts (name, value) SELECT 'node:' || label, count(*) FROM entity_refs GROUP BY label;
        INSERT INTO graph_counts (name, value) SELECT 'rel:MENTIONS', count(*) FROM article_entities;
        INSERT INTO graph_counts (name, value)
            SELECT 'rel:' || type, count(*) FROM (SELECT DISTINCT type, start_id, end_id, article_id FROM article_relationships) GROUP BY type;
        """;
}
