using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Connection and write settings bound from the <c>Neo4j</c> configuration section; environment variables override
/// (<c>Neo4j__Uri</c>, <c>Neo4j__Password</c>, ...). The sink is used only when <see cref="Uri"/> is set.
/// </summary>
public sealed class Neo4jOptions : IValidatableObject
{
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP(S) root of the server, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    public Uri? Uri { get; set; }

    [RegularExpression("^[A-Za-z0-9._-]+$", ErrorMessage = "Neo4j:Database must be a Neo4j database name (ASCII letters, digits, '.', '-', '_').")]
    [Required(ErrorMessage = "Neo4j:Database is required (a Neo4j database name, e.g. neo4j).")]
    public string Database { get; set; } = "neo4j";

    /// <summary>Basic-auth user; when null no Authorization header is sent (server with auth disabled).</summary>
    public string? User { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>Maximum rows per statement; a batch larger than this is sent as several statements of one transaction.</summary>
    [SettingRange("Neo4j:BatchSize", 1, 100_000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>Folder holding the Cypher templates; default <c>&lt;AppContext.BaseDirectory&gt;/cypher</c>.</summary>
    public string? TemplatesPath { get; set; }

    /// <summary>Time allowed for one HTTP request to the Query API.</summary>
    [SettingRange("Neo4j:RequestTimeout", typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a transient failure; each retry restarts the whole transaction.</summary>
    [SettingRange("Neo4j:MaxRetryAttempts", 0, 50)]
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    [SettingRange("Neo4j:RetryBaseDelay", typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of failed attempts in the sampling window that opens the circuit.</summary>
    [SettingRange("Neo4j:CircuitBreakerFailureRatio", 0.001, 1.0)]
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed in the sampling window before the circuit may open.</summary>
    [SettingRange("Neo4j:CircuitBreakerMinimumThroughput", 2, int.MaxValue)]
    public int CircuitBreakerMinimumThroughput { get; set; } = 5;

    [SettingRange("Neo4j:CircuitBreakerSamplingDuration", typeof(TimeSpan), "00:00:00.500", "1.00:00:00")]
    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the circuit stays open (calls fail fast) before one trial call is let through.</summary>
    [SettingRange("Neo4j:CircuitBreakerBreakDuration", typeof(TimeSpan), "00:00:00.500", "1.00:00:00")]
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The templates folder actually used.</summary>
    public string ResolvedTemplatesPath =>
        string.IsNullOrWhiteSpace(TemplatesPath) ? Path.Combine(AppContext.BaseDirectory, "cypher") : Path.GetFullPath(TemplatesPath);

    /// <summary>Never shows the password.</summary>
    public override string ToString() =>
        $"Neo4j {{ Uri = {Uri}, Database = {Database}, User = {User}, Password = {(string.IsNullOrEmpty(Password) ? "(not set)" : "***")}, BatchSize = {BatchSize} }}";

    /// <summary>The checks annotations cannot express: the URI's shape, and credentials once a server is configured.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Uri is not { } uri)
        {
            yield break;
        }

        if (!uri.IsAbsoluteUri || (uri.Scheme != System.Uri.UriSchemeHttp && uri.Scheme != System.Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("Neo4j:Uri must be an absolute http:// or https:// URI of the Neo4j HTTP connector (e.g. http://localhost:7474); Bolt URIs are not supported by the Query API writer.");
        }
        else if (!string.IsNullOrEmpty(uri.UserInfo))
        {
            yield return new ValidationResult("Neo4j:Uri must not contain credentials; set Neo4j:User and Neo4j:Password (e.g. environment variable KG_Neo4j__Password) instead.");
        }

        if (!string.IsNullOrEmpty(User) && string.IsNullOrEmpty(Password))
        {
            yield return new ValidationResult(
                $"Neo4j:Password is missing: Neo4j:Uri is set and the user is '{User}' (Neo4j:User), so the server needs its password (e.g. environment variable KG_Neo4j__Password); set Neo4j:User to an empty value for a server without authentication.");
        }
    }
}

/// <summary>Source-generated validation of <see cref="Neo4jOptions"/>. Messages name keys, never values of secrets.</summary>
[OptionsValidator]
public sealed partial class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>;
