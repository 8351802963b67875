// Schema for the KnowledgeGraph Neo4j graph. Applied by the worker at start (Neo4jGraphSink.InitializeAsync),
// one statement per implicit transaction. Every statement is idempotent (IF NOT EXISTS), so re-running is safe.
// Every property a template or an analyst query looks up has an index here (checked by CypherIndexCoverageTests).

// Every node is found by its `key` (GraphProperties.Key): the uniqueness constraints also give MERGE an index.
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (n:Article) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT country_key IF NOT EXISTS FOR (n:Country) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organisation_key IF NOT EXISTS FOR (n:Organisation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT base_key IF NOT EXISTS FOR (n:Base) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT location_key IF NOT EXISTS FOR (n:Location) REQUIRE n.key IS UNIQUE;

// Event facts are one relationship per (article, type, start, end), keyed by `article`: retracting a changed article
// deletes its facts through these indexes, whatever the number of other articles reporting the same events.
CREATE INDEX met_article IF NOT EXISTS FOR ()-[r:MET]-() ON (r.article);
CREATE INDEX attacked_article IF NOT EXISTS FOR ()-[r:ATTACKED]-() ON (r.article);
CREATE INDEX sanctioned_article IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.article);
CREATE INDEX killed_article IF NOT EXISTS FOR ()-[r:KILLED]-() ON (r.article);
CREATE INDEX condemned_article IF NOT EXISTS FOR ()-[r:CONDEMNED]-() ON (r.article);
CREATE INDEX threatened_article IF NOT EXISTS FOR ()-[r:THREATENED]-() ON (r.article);

// Analysts look entities up by name in any letter case: nameKey = toLower(name).
CREATE INDEX person_name_key IF NOT EXISTS FOR (n:Person) ON (n.nameKey);
CREATE INDEX country_name_key IF NOT EXISTS FOR (n:Country) ON (n.nameKey);
CREATE INDEX organisation_name_key IF NOT EXISTS FOR (n:Organisation) ON (n.nameKey);
CREATE INDEX base_name_key IF NOT EXISTS FOR (n:Base) ON (n.nameKey);
CREATE INDEX location_name_key IF NOT EXISTS FOR (n:Location) ON (n.nameKey);

// summarize finds the entities whose name and aliases wait to be derived again (write/summarize-entities.cypher).
CREATE INDEX person_summary_pending IF NOT EXISTS FOR (n:Person) ON (n.summaryPending);
CREATE INDEX country_summary_pending IF NOT EXISTS FOR (n:Country) ON (n.summaryPending);
CREATE INDEX organisation_summary_pending IF NOT EXISTS FOR (n:Organisation) ON (n.summaryPending);
CREATE INDEX base_summary_pending IF NOT EXISTS FOR (n:Base) ON (n.summaryPending);
CREATE INDEX location_summary_pending IF NOT EXISTS FOR (n:Location) ON (n.summaryPending);

// Analysts search entities by any name they know, typos included: the canonical name or an alias.
// Query with: CALL db.index.fulltext.queryNodes('entity_names', 'ministry~') YIELD node, score
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Country|Organisation|Base|Location) ON EACH [n.name, n.aliases];

// Titles are searchable too, for finding the article behind a story.
CREATE FULLTEXT INDEX article_titles IF NOT EXISTS FOR (n:Article) ON EACH [n.title];
