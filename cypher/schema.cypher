// Schema for the KnowledgeGraph Neo4j graph. Applied by the worker at start (Neo4jGraphSink.InitializeAsync),
// one statement per implicit transaction. Every statement is idempotent (IF NOT EXISTS), so re-running is safe.

// Every node is found by its `key` (GraphProperties.Key): the uniqueness constraints also give MERGE an index.
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT country_key IF NOT EXISTS FOR (n:Country) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organisation_key IF NOT EXISTS FOR (n:Organisation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT base_key IF NOT EXISTS FOR (n:Base) REQUIRE n.key IS UNIQUE;

// Articles are looked up by their source id (the input record id) and listed by date.
CREATE INDEX article_source_id IF NOT EXISTS FOR (n:Article) ON (n.sourceId);
CREATE INDEX article_date IF NOT EXISTS FOR (n:Article) ON (n.date);

// Analysts search entities by any name they know: the canonical name or an alias.
// Query with: CALL db.index.fulltext.queryNodes('entity_names', 'ministry~') YIELD node, score
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Country|Organisation|Base) ON EACH [n.name, n.aliases];

// Titles are searchable too, for finding the article behind a story.
CREATE FULLTEXT INDEX article_titles IF NOT EXISTS FOR (n:Article) ON EACH [n.title];
