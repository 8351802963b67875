namespace KnowledgeGraph.Neo4j;
internal static class AssemblyMarker;
