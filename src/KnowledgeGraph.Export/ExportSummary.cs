namespace KnowledgeGraph.Export;

public sealed record ExportSummary(long Nodes, long Relationships, IReadOnlyList<string> Files);
