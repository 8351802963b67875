using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Sqlite;

/// <summary>Options of the embedded store, bound from the <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>The SQLite database file; created with its schema on first use. Relative paths are relative to the current directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "knowledgegraph.db";

    /// <summary>How long a writer waits for a lock held by another process before failing.</summary>
    [Range(0, 600_000)]
    public int BusyTimeoutMs { get; set; } = 10_000;
}

/// <summary>Source-generated validation of the data annotations on <see cref="StoreOptions"/>.</summary>
[OptionsValidator]
public sealed partial class StoreOptionsValidator : IValidateOptions<StoreOptions>;
