using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Extraction;

/// <summary>
/// An optional stage after <see cref="IArticleExtractor"/> that may add relationships the rules cannot see (for
/// example a model-assisted pass over the whole article). None is registered by default.
/// </summary>
/// <remarks>
/// Implementations must keep every rule-extracted fact (entities and relationships of the input graph are returned
/// as they are) and may only add to them, under the product's rules: every added fact traceable to the article, one
/// of its sentences and a date; nothing denied, claimed or hypothetical; labels and types only from
/// <see cref="GraphVocabulary"/>. On any failure they can recover from (endpoint unreachable, timeout, an answer
/// that cannot be used) they return the input graph unchanged; they throw only when
/// <paramref name="cancellationToken"/> is cancelled or on a bug, and callers then keep the rule graph.
/// </remarks>
public interface IGraphAugmenter
{
    /// <param name="graph">The extractor's graph of one article.</param>
    /// <param name="cancellationToken">Cancels the augmentation (the caller is stopping).</param>
    ValueTask<ArticleGraph> AugmentAsync(ArticleGraph graph, CancellationToken cancellationToken);
}
