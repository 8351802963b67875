using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Neo4j.QueryApi;
using KnowledgeGraph.Neo4j.Templates;

namespace KnowledgeGraph.Neo4j.Writing;

/// <summary>Row of <c>write/retract-changed-articles.cypher</c>.</summary>
internal sealed record RetractRow(string Key, string ContentHash);

/// <summary>A row of read/unchanged-articles.cypher: an article as the caller holds it.</summary>
internal sealed record UnchangedCandidateRow(string Id, string Key, string ContentHash);

/// <summary>
/// Row of <c>write/nodes/Article.cypher</c>. <see cref="Name"/> is the node's caption, by the embedded store's rule: the
/// title, or the id when the article has none, so both stores give an Article the same <c>name</c>.
/// </summary>
internal sealed record ArticleRow(string Key, string SourceId, string Name, string? Title, string? Date, string? Url, string? Source, string ContentHash);

/// <summary>Row of <c>write/nodes/&lt;EntityLabel&gt;.cypher</c>: one per distinct entity of the batch.</summary>
internal sealed record EntityRow(string Key, string Name, IReadOnlyList<string> Aliases);

/// <summary>Row of <c>write/relationships/MENTIONS.cypher</c>.</summary>
internal sealed record MentionRow(string Article, string Entity, int Count);

/// <summary>Row of <c>write/relationships/&lt;TYPE&gt;.cypher</c>: one per (start, end) with the batch's evidence.</summary>
internal sealed record RelationshipRow(string Start, string End, IReadOnlyList<string> Articles, IReadOnlyList<EvidenceRow> Evidence);

/// <summary>One (article, sentence) that stated an event.</summary>
internal sealed record EvidenceRow(string Article, int Sentence, string Text, string Date, string Trigger);

/// <summary>What one batch sends: the statements of its transaction, in order, and what was left out.</summary>
internal sealed record WritePlan(IReadOnlyList<CypherStatement> Statements, int Articles, int Rows, IReadOnlyList<string> Skipped);

/// <summary>
/// Turns a batch of <see cref="ArticleGraph"/>s into template rows, in dependency order: retraction of changed
/// articles, Article nodes, entity nodes per label, MENTIONS, then event relationships per type. Rows are merged across
/// the batch (one row per entity, per (article, entity), per edge) and chunked by <c>Neo4j:BatchSize</c>.
/// Values travel only as parameters; templates are chosen only through <see cref="GraphVocabulary"/>.
/// </summary>
internal static class Neo4jWritePlanner
{
    public static WritePlan Plan(IReadOnlyList<ArticleGraph> batch, CypherTemplateCatalog catalog, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(catalog);

        // The same article twice in one batch: its latest version wins.
        var graphs = new Dictionary<string, ArticleGraph>(StringComparer.Ordinal);
        foreach (var graph in batch)
        {
            graphs[graph.Article.Id] = graph;
        }

        var skipped = new List<string>();
        var retractRows = new List<RetractRow>(graphs.Count);
        var articleRows = new List<ArticleRow>(graphs.Count);
        var entities = new Dictionary<string, (Entity Entity, SortedSet<string> Aliases)>(StringComparer.Ordinal);
        var mentions = new Dictionary<(string Article, string Entity), int>();
        var edges = new Dictionary<(RelationshipType Type, string Start, string End), SortedDictionary<(string Article, int Sentence), EvidenceRow>>();

        foreach (var graph in graphs.Values)
        {
            var article = graph.Article;
            var articleKey = article.NodeId;
            retractRows.Add(new RetractRow(articleKey, article.ContentHash));
            articleRows.Add(new ArticleRow(articleKey, article.Id, article.Title ?? article.Id, article.Title, GraphProperties.FormatDate(article.Published), article.Url, article.Source, article.ContentHash));

            var entityIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var mention in graph.Entities)
            {
                var entity = mention.Entity;
                entityIds.Add(entity.Id);
                if (!entities.TryGetValue(entity.Id, out var merged))
                {
                    merged = (entity, new SortedSet<string>(StringComparer.Ordinal));
                    entities[entity.Id] = merged;
                }

                // Every surface form is a candidate alias; the template drops the node's own name.
                merged.Aliases.Add(entity.Name);
                foreach (var alias in entity.Aliases)
                {
                    if (!string.IsNullOrWhiteSpace(alias))
                    {
                        merged.Aliases.Add(alias);
                    }
                }

                var key = (articleKey, entity.Id);
                mentions[key] = mentions.GetValueOrDefault(key) + mention.Mentions;
            }

            foreach (var relationship in graph.Relationships)
            {
                var (start, end) = (relationship.StartId, relationship.EndId);
                if (!entityIds.Contains(start) || !entityIds.Contains(end))
                {
                    skipped.Add($"{article.Origin} ({article.Id}): {relationship.Type.ToGraphType()} {start} -> {end} skipped: an endpoint is not among the article's entities");
                    continue;
                }

                if (relationship.Type.IsSymmetric() && string.CompareOrdinal(start, end) > 0)
                {
                    (start, end) = (end, start);
                }

                var edgeKey = (relationship.Type, start, end);
                if (!edges.TryGetValue(edgeKey, out var evidence))
                {
                    evidence = new SortedDictionary<(string, int), EvidenceRow>(EvidenceOrder.Instance);
                    edges[edgeKey] = evidence;
                }

                evidence.TryAdd(
                    (articleKey, relationship.SentenceIndex),
                    new EvidenceRow(articleKey, relationship.SentenceIndex, relationship.Evidence, GraphProperties.FormatDate(relationship.EventDate) ?? GraphProperties.UnknownDate, relationship.Trigger));
            }
        }

        var statements = new List<CypherStatement>();
        var rows = 0;
        void Add<T>(CypherTemplate template, IEnumerable<T> templateRows)
        {
            foreach (var chunk in templateRows.Chunk(batchSize))
            {
                statements.Add(new CypherStatement(template.Text, new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = chunk }, template.Name, chunk.Length));
                rows += chunk.Length;
            }
        }

        Add(catalog.RetractChangedArticles, retractRows);
        Add(catalog.ArticleNodes, articleRows);
        foreach (var label in GraphVocabulary.EntityLabels)
        {
            Add(catalog.EntityNodes(label), entities.Values
                .Where(e => e.Entity.Label == label)
                .OrderBy(e => e.Entity.Id, StringComparer.Ordinal)
                .Select(e => new EntityRow(e.Entity.Id, e.Entity.Name, e.Aliases.ToArray())));
        }

        Add(catalog.Mentions, mentions
            .OrderBy(m => m.Key.Article, StringComparer.Ordinal).ThenBy(m => m.Key.Entity, StringComparer.Ordinal)
            .Select(m => new MentionRow(m.Key.Article, m.Key.Entity, m.Value)));
        foreach (var type in GraphVocabulary.RelationshipTypes)
        {
            Add(catalog.Relationships(type), edges
                .Where(e => e.Key.Type == type)
                .OrderBy(e => e.Key.Start, StringComparer.Ordinal).ThenBy(e => e.Key.End, StringComparer.Ordinal)
                .Select(e => new RelationshipRow(
                    e.Key.Start,
                    e.Key.End,
                    e.Value.Keys.Select(k => k.Article).Distinct(StringComparer.Ordinal).ToArray(),
                    e.Value.Values.ToArray())));
        }

        return new WritePlan(statements, graphs.Count, rows, skipped);
    }


    /// <summary>Evidence order of GraphProperties: article id (ordinal), then sentence index.</summary>
    private sealed class EvidenceOrder : IComparer<(string Article, int Sentence)>
    {
        public static EvidenceOrder Instance { get; } = new();

        public int Compare((string Article, int Sentence) x, (string Article, int Sentence) y)
        {
            var byArticle = string.CompareOrdinal(x.Article, y.Article);
            return byArticle != 0 ? byArticle : x.Sentence.CompareTo(y.Sentence);
        }
    }
}
