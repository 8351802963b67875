using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Neo4j;

/// <summary>
/// Connection and write settings bound from the <c>Neo4j</c> configuration section; environment variables override
/// (<c>Neo4j__Uri</c>, <c>Neo4j__Password</c>, ...). The sink is used only when <see cref="Uri"/> is set.
/// </summary>
public sealed class Neo4jOptions
{
    public const string SectionName = "Neo4j";

    /// <summary>The HTTP(S) root of the server, e.g. <c>http://localhost:7474</c> or <c>https://xxxx.databases.neo4j.io</c>.</summary>
    public Uri? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    /// <summary>Basic-auth user; when null no Authorization header is sent (server with auth disabled).</summary>
    public string? User { get; set; } = "neo4j";

    public string? Password { get; set; }

    /// <summary>Maximum rows per statement; a batch larger than this is sent as several statements of one transaction.</summary>
    public int BatchSize { get; set; } = 1000;

    /// <summary>Folder holding the Cypher templates; default <c>&lt;AppContext.BaseDirectory&gt;/cypher</c>.</summary>
    public string? TemplatesPath { get; set; }

    /// <summary>Time allowed for one HTTP request to the Query API.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of a transient failure; each retry restarts the whole transaction.</summary>
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>First retry delay; later ones grow exponentially, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Share of failed attempts in the sampling window that opens the circuit.</summary>
    public double CircuitBreakerFailureRatio { get; set; } = 0.5;

    /// <summary>Attempts needed in the sampling window before the circuit may open.</summary>
    public int CircuitBreakerMinimumThroughput { get; set; } = 5;

    public TimeSpan CircuitBreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long the circuit stays open (calls fail fast) before one trial call is let through.</summary>
    public TimeSpan CircuitBreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The templates folder actually used.</summary>
    public string ResolvedTemplatesPath =>
        string.IsNullOrWhiteSpace(TemplatesPath) ? Path.Combine(AppContext.BaseDirectory, "cypher") : Path.GetFullPath(TemplatesPath);

    /// <summary>Never shows the password.</summary>
    public override string ToString() =>
        $"Neo4j {{ Uri = {Uri}, Database = {Database}, User = {User}, Password = {(string.IsNullOrEmpty(Password) ? "(not set)" : "***")}, BatchSize = {BatchSize} }}";
}

/// <summary>Validates <see cref="Neo4jOptions"/> at start. Messages name keys, never values of secrets.</summary>
internal sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var failures = new List<string>();
        if (options.Uri is { } uri)
        {
            if (!uri.IsAbsoluteUri || (uri.Scheme != System.Uri.UriSchemeHttp && uri.Scheme != System.Uri.UriSchemeHttps))
            {
                failures.Add("Neo4j:Uri must be an absolute http:// or https:// URI of the Neo4j HTTP connector (e.g. http://localhost:7474); Bolt URIs are not supported by the Query API writer.");
            }
            else if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                failures.Add("Neo4j:Uri must not contain credentials; set Neo4j:User and Neo4j:Password (e.g. environment variable Neo4j__Password) instead.");
            }

            if (!string.IsNullOrEmpty(options.User) && string.IsNullOrEmpty(options.Password))
            {
                failures.Add("Neo4j:Password is required when Neo4j:User is set (e.g. environment variable Neo4j__Password).");
            }
        }

        if (string.IsNullOrWhiteSpace(options.Database) || options.Database.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
        {
            failures.Add("Neo4j:Database must be a Neo4j database name (ASCII letters, digits, '.', '-', '_').");
        }

        if (options.BatchSize is < 1 or > 100_000)
        {
            failures.Add("Neo4j:BatchSize must be between 1 and 100000 rows.");
        }

        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            failures.Add("Neo4j:RequestTimeout must be positive.");
        }

        if (options.MaxRetryAttempts is < 0 or > 50)
        {
            failures.Add("Neo4j:MaxRetryAttempts must be between 0 and 50.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero)
        {
            failures.Add("Neo4j:RetryBaseDelay must not be negative.");
        }

        if (options.CircuitBreakerFailureRatio is <= 0 or > 1)
        {
            failures.Add("Neo4j:CircuitBreakerFailureRatio must be in (0, 1].");
        }

        if (options.CircuitBreakerMinimumThroughput < 2)
        {
            failures.Add("Neo4j:CircuitBreakerMinimumThroughput must be at least 2.");
        }

        if (options.CircuitBreakerSamplingDuration < TimeSpan.FromMilliseconds(500) || options.CircuitBreakerBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add("Neo4j:CircuitBreakerSamplingDuration and Neo4j:CircuitBreakerBreakDuration must be at least 0.5 s.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
