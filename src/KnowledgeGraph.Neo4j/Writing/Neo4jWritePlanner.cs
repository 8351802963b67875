using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Neo4j.QueryApi;
using KnowledgeGraph.Neo4j.Templates;

namespace KnowledgeGraph.Neo4j.Writing;

/// <summary>Row of <c>write/retract-mentions.cypher</c> and <c>write/retract-facts.cypher</c>: an article of the batch.</summary>
internal sealed record RetractRow(string Key);

/// <summary>A row of read/unchanged-articles.cypher: an article as the caller holds it.</summary>
internal sealed record UnchangedCandidateRow(string Id, string Key, string ContentHash);

/// <summary>
/// Row of <c>write/nodes/Article.cypher</c>. <see cref="Name"/> is the node's caption, by the embedded store's rule: the
/// title, or the id when the article has none, so both stores give an Article the same <c>name</c>.
/// </summary>
internal sealed record ArticleRow(string Key, string SourceId, string Name, string? Title, string? Date, string? Url, string? Source, string ContentHash, string ExtractorVersion, string Report);

/// <summary>Row of <c>write/nodes/entity.cypher</c>: one per distinct entity of the batch (the provisional name).</summary>
internal sealed record EntityRow(string Key, string Name);

/// <summary>Row of <c>write/relationships/LOCATED_IN.cypher</c>: a Location of the batch and the country it lies in.</summary>
internal sealed record LocatedInRow(string Location, string Country, string CountryName);

/// <summary>Row of <c>write/relationships/MENTIONS.cypher</c>: the article's own facts about the entity.</summary>
internal sealed record MentionRow(string Article, string Entity, int Count, string Name, IReadOnlyList<string>? Aliases);

/// <summary>Row of <c>write/relationships/event.cypher</c>: one article's fact about one (start, end) pair.</summary>
internal sealed record FactRow(
    string Article,
    string Report,
    string Start,
    string End,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<long> Sentences,
    IReadOnlyList<string> Dates,
    IReadOnlyList<string> Triggers,
    IReadOnlyList<string> Rules,
    string? FirstDate,
    string? LastDate);

/// <summary>What one batch sends: the statements of its transaction, in order, and what was left out.</summary>
internal sealed record WritePlan(IReadOnlyList<CypherStatement> Statements, int Articles, int Rows, IReadOnlyList<string> Skipped);

/// <summary>
/// Turns a batch of <see cref="ArticleGraph"/>s into template rows, in this order: Article nodes (the first statement
/// takes every batch article's write lock), retraction of the batch articles' previous MENTIONS and facts (by article
/// key), entity nodes per label, the Locations' LOCATED_IN, MENTIONS, then the facts per relationship type. Every row belongs to one batch
/// article, so a statement's work is its rows' and never grows with what other articles stored; rows are sorted
/// (locks in one order) and chunked by <c>Neo4j:BatchSize</c>. Values travel only as parameters; templates are
/// chosen only through <see cref="GraphVocabulary"/>.
/// </summary>
internal static class Neo4jWritePlanner
{
    public static WritePlan Plan(IReadOnlyList<ArticleGraph> batch, CypherTemplateCatalog catalog, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(catalog);

        // The same article twice in one batch: its latest version wins.
        var graphs = new SortedDictionary<string, ArticleGraph>(StringComparer.Ordinal);
        foreach (var graph in batch)
        {
            graphs[graph.Article.NodeId] = graph;
        }

        var skipped = new List<string>();
        var articleRows = new List<ArticleRow>(graphs.Count);
        var entities = new SortedDictionary<string, Entity>(StringComparer.Ordinal);
        var mentions = new List<MentionRow>();
        var facts = new Dictionary<RelationshipType, List<FactRow>>();

        foreach (var (articleKey, graph) in graphs)
        {
            var article = graph.Article;
            articleRows.Add(new ArticleRow(articleKey, article.Id, article.Title ?? article.Id, article.Title, GraphProperties.FormatDate(article.Published), article.Url, article.Source, article.ContentHash, graph.ExtractorVersion, article.ReportKey));

            // One mention per entity of the article (an extractor lists each once; should it not, counts add up and
            // surface forms merge), in key order.
            var articleEntities = new SortedDictionary<string, (Entity Entity, int Count, SortedSet<string> Aliases)>(StringComparer.Ordinal);
            foreach (var mention in graph.Entities)
            {
                var entity = mention.Entity;
                entities.TryAdd(entity.Id, entity);
                if (!articleEntities.TryGetValue(entity.Id, out var merged))
                {
                    merged = (entity, 0, new SortedSet<string>(StringComparer.Ordinal));
                }

                foreach (var alias in entity.Aliases)
                {
                    if (!string.IsNullOrWhiteSpace(alias) && !string.Equals(alias, merged.Entity.Name, StringComparison.Ordinal))
                    {
                        merged.Aliases.Add(alias);
                    }
                }

                articleEntities[entity.Id] = (merged.Entity, merged.Count + mention.Mentions, merged.Aliases);
            }

            foreach (var (id, (entity, count, aliases)) in articleEntities)
            {
                mentions.Add(new MentionRow(articleKey, id, count, entity.Name, aliases.Count == 0 ? null : aliases.ToArray()));
            }

            var articleFacts = new SortedDictionary<(RelationshipType Type, string Start, string End), SortedDictionary<int, ExtractedRelationship>>();
            foreach (var relationship in graph.Relationships)
            {
                var (start, end) = (relationship.StartId, relationship.EndId);
                if (!articleEntities.ContainsKey(start) || !articleEntities.ContainsKey(end))
                {
                    skipped.Add($"{article.Origin} ({article.Id}): {relationship.Type.ToGraphType()} {start} -> {end} skipped: an endpoint is not among the article's entities");
                    continue;
                }

                if (relationship.Type.IsSymmetric() && string.CompareOrdinal(start, end) > 0)
                {
                    (start, end) = (end, start);
                }

                if (!articleFacts.TryGetValue((relationship.Type, start, end), out var sentences))
                {
                    sentences = [];
                    articleFacts[(relationship.Type, start, end)] = sentences;
                }

                sentences.TryAdd(relationship.SentenceIndex, relationship);
            }

            foreach (var ((type, start, end), sentences) in articleFacts)
            {
                var fact = new EventFact();
                foreach (var (index, relationship) in sentences)
                {
                    fact.Add(index, relationship.Evidence, relationship.Trigger, GraphProperties.FormatDate(relationship.EventDate), relationship.Rule);
                }

                var properties = fact.ToProperties(articleKey, article.ReportKey);
                if (!facts.TryGetValue(type, out var rows))
                {
                    rows = [];
                    facts[type] = rows;
                }

                rows.Add(new FactRow(
                    articleKey,
                    article.ReportKey,
                    start,
                    end,
                    (string[])properties[GraphProperties.Evidence],
                    (long[])properties[GraphProperties.EvidenceSentences],
                    (string[])properties[GraphProperties.EvidenceDates],
                    (string[])properties[GraphProperties.Triggers],
                    (string[])properties[GraphProperties.Rules],
                    properties.GetValueOrDefault(GraphProperties.FirstDate) as string,
                    properties.GetValueOrDefault(GraphProperties.LastDate) as string));
            }
        }

        var statements = new List<CypherStatement>();
        var rowCount = 0;
        void Add<T>(CypherTemplate template, IEnumerable<T> templateRows)
        {
            foreach (var chunk in templateRows.Chunk(batchSize))
            {
                statements.Add(new CypherStatement(template.Text, new Dictionary<string, object?>(StringComparer.Ordinal) { ["rows"] = chunk }, template.Name, chunk.Length));
                rowCount += chunk.Length;
            }
        }

        var retractRows = graphs.Keys.Select(key => new RetractRow(key)).ToArray();
        Add(catalog.ArticleNodes, articleRows);
        Add(catalog.RetractMentions, retractRows);
        foreach (var type in GraphVocabulary.RelationshipTypes)
        {
            Add(catalog.RetractFacts(type), retractRows);
        }

        foreach (var label in GraphVocabulary.EntityLabels)
        {
            Add(catalog.EntityNodes(label), entities.Values.Where(e => e.Label == label).Select(e => new EntityRow(e.Id, e.Name)));
        }

        Add(catalog.LocatedIn, entities.Values.Where(e => e.CountryId is not null).Select(e => new LocatedInRow(e.Id, e.CountryId!, e.Country!)));

        Add(catalog.Mentions, mentions);
        foreach (var type in GraphVocabulary.RelationshipTypes)
        {
            if (facts.TryGetValue(type, out var rows))
            {
                Add(catalog.EventFacts(type), rows);
            }
        }

        return new WritePlan(statements, graphs.Count, rowCount, skipped);
    }
}
