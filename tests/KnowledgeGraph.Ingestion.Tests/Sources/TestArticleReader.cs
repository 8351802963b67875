using KnowledgeGraph.Ingestion.Input;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Tests.Sources;

/// <summary>The real Core reader with default limits: sources are tested with what the worker composes.</summary>
internal static class TestArticleReader
{
    public static IArticleReader Create() => new ArticleReader(Options.Create(new InputOptions()));
}
