namespace KnowledgeGraph.Sqlite;
internal static class AssemblyMarker;
