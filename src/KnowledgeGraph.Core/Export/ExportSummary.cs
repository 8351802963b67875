namespace KnowledgeGraph.Core.Export;

public sealed record ExportSummary(long Nodes, long Relationships, IReadOnlyList<string> Files);
