using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Sqlite;

/// <summary>Options of the embedded store, bound from the <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>The SQLite database file; created with its schema on first use. Relative paths are relative to the current directory.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Store:Path is required (the SQLite database file).")]
    public string Path { get; set; } = "knowledgegraph.db";

    /// <summary>How long a writer waits for a lock held by another process before the attempt fails (and is retried).</summary>
    [SettingRange("Store:BusyTimeout", typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Retries of a store call that found the database busy or locked after <see cref="BusyTimeout"/>.</summary>
    [SettingRange("Store:MaxRetryAttempts", 0, 10)]
    public int MaxRetryAttempts { get; set; } = 2;
}

/// <summary>Source-generated validation of the data annotations on <see cref="StoreOptions"/>.</summary>
[OptionsValidator]
public sealed partial class StoreOptionsValidator : IValidateOptions<StoreOptions>;
