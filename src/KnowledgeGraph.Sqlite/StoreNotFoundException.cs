namespace KnowledgeGraph.Sqlite;

/// <summary>Thrown by read operations (export, status) when the store file does not exist, instead of creating an empty one.</summary>
public sealed class StoreNotFoundException : Exception
{
    public StoreNotFoundException(string path)
        : base($"No embedded store at '{path}'. Run 'ingest' first, or point --store / Store:Path at an existing file.")
    {
        StorePath = path;
    }

    public StoreNotFoundException()
    {
        StorePath = "";
    }

    public StoreNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        StorePath = "";
    }

    public string StorePath { get; }
}
