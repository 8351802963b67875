using KnowledgeGraph.Core.Model;

namespace KnowledgeGraph.Core.Extraction;

/// <summary>
/// The default extractor: gazetteers plus hand-written English rules, no model and no I/O. Deterministic and
/// thread-safe (all per-article state lives on the stack of <see cref="Extract"/>; the gazetteers are immutable and
/// shared by every instance).
/// </summary>
public sealed class RuleBasedExtractor : IArticleExtractor
{
    private static readonly StringComparer Ordinal = StringComparer.Ordinal;

    public RuleBasedExtractor()
    {
        // Builds the shared gazetteers now rather than inside the first article's timing.
        _ = Gazetteers.Gazetteer.Instance;
    }

    public ArticleGraph Extract(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var document = new ArticleDocument(article);
        new MentionRecognizer().Recognize(document);

        var relationships = new List<ExtractedRelationship>();
        RelationRecognizer.Recognize(document, relationships);

        var entities = new Dictionary<string, ArticleEntity>(Ordinal);
        foreach (var record in document.Entities)
        {
            if (record.Mentions == 0)
            {
                continue;
            }

            var entity = new Entity(record.Label, record.Name, record.Surfaces.ToArray());
            if (entities.TryGetValue(entity.Id, out var existing))
            {
                var aliases = existing.Entity.Aliases.Concat(entity.Aliases).Distinct(Ordinal).Order(Ordinal).ToArray();
                entities[entity.Id] = new ArticleEntity(existing.Entity with { Aliases = aliases }, existing.Mentions + record.Mentions);
            }
            else
            {
                entities[entity.Id] = new ArticleEntity(entity, record.Mentions);
            }
        }

        var sortedEntities = entities.Values.OrderBy(e => e.Entity.Id, Ordinal).ToArray();
        var sortedRelationships = relationships
            .OrderBy(r => r.SentenceIndex)
            .ThenBy(r => r.Type)
            .ThenBy(r => r.StartId, Ordinal)
            .ThenBy(r => r.EndId, Ordinal)
            .ToArray();
        return new ArticleGraph(article, sortedEntities, sortedRelationships);
    }
}
