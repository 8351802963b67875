namespace KnowledgeGraph.Ingestion.Input;

/// <summary>What <see cref="HtmlArticleParser"/> found in an HTML page.</summary>
/// <param name="Title">og:title, else the first headline, else &lt;title&gt;; null when the page has none.</param>
/// <param name="Text">The readable article text, one paragraph/heading/list item per line; empty when there is none.</param>
/// <param name="Published">The publication date from page metadata or a &lt;time datetime&gt; element.</param>
/// <param name="Url">The canonical URL (link rel=canonical or og:url) when it is absolute.</param>
public sealed record HtmlArticleContent(string? Title, string Text, DateOnly? Published, string? Url);
