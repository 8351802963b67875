using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Llm;

/// <summary>
/// Settings of the optional model-assisted extraction stage, bound from the <c>Llm</c> configuration section;
/// environment variables override (<c>KG_Llm__Model</c>, <c>KG_Llm__ApiKey</c>, ...). Nothing is registered unless
/// <see cref="Enabled"/> is true.
/// </summary>
public sealed class LlmOptions
{
    public const string SectionName = "Llm";

    public bool Enabled { get; set; }

    /// <summary>
    /// Base URI of an OpenAI-compatible API (requests go to <c>{Endpoint}/chat/completions</c>), e.g.
    /// <c>http://localhost:8000/v1</c> (vLLM), <c>http://localhost:11434/v1</c> (Ollama), <c>https://api.openai.com/v1</c>.
    /// </summary>
    public Uri? Endpoint { get; set; }

    /// <summary>The model (or deployment) name sent with every request. Required when enabled.</summary>
    public string? Model { get; set; }

    /// <summary>Sent as <c>Authorization: Bearer …</c> when set. Never logged, never in messages or <see cref="ToString"/>.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Time allowed for one HTTP attempt; a timed-out attempt is retried like a 5xx.</summary>
    public int TimeoutSeconds { get; set; } = 60;

    /// <summary>Longer articles are sent cut at the last sentence boundary before this many characters.</summary>
    public int MaxArticleCharacters { get; set; } = 24_000;

    /// <summary>At most this many relationships are added per article; the model's further ones are dropped.</summary>
    public int MaxRelationshipsPerArticle { get; set; } = 50;

    /// <summary>Retries of 408, 429, 5xx, timeouts and connection failures (exponential backoff with jitter).</summary>
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially. A Retry-After header from the server wins.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Never shows the API key.</summary>
    public override string ToString() =>
        $"Llm {{ Enabled = {Enabled}, Endpoint = {Endpoint}, Model = {Model}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "***")}, TimeoutSeconds = {TimeoutSeconds} }}";
}

/// <summary>Validates <see cref="LlmOptions"/> at start when the stage is enabled. Messages name keys, never the key's value.</summary>
internal sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (options.Endpoint is not { } endpoint)
        {
            failures.Add("Llm:Endpoint is required when Llm:Enabled is true (the base URI of an OpenAI-compatible API, e.g. http://localhost:8000/v1).");
        }
        else if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("Llm:Endpoint must be an absolute http:// or https:// URI (e.g. http://localhost:8000/v1).");
        }
        else if (!string.IsNullOrEmpty(endpoint.UserInfo))
        {
            failures.Add("Llm:Endpoint must not contain credentials; set Llm:ApiKey (e.g. environment variable KG_Llm__ApiKey) instead.");
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            failures.Add("Llm:Model is required when Llm:Enabled is true (the model or deployment name the endpoint serves).");
        }

        if (options.ApiKey is { } key && key.Any(char.IsControl))
        {
            failures.Add("Llm:ApiKey must not contain control characters.");
        }

        if (options.TimeoutSeconds is < 1 or > 3600)
        {
            failures.Add("Llm:TimeoutSeconds must be between 1 and 3600.");
        }

        if (options.MaxArticleCharacters is < 500 or > 2_000_000)
        {
            failures.Add("Llm:MaxArticleCharacters must be between 500 and 2000000.");
        }

        if (options.MaxRelationshipsPerArticle is < 1 or > 1000)
        {
            failures.Add("Llm:MaxRelationshipsPerArticle must be between 1 and 1000.");
        }

        if (options.MaxRetryAttempts is < 0 or > 10)
        {
            failures.Add("Llm:MaxRetryAttempts must be between 0 and 10.");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryBaseDelay > TimeSpan.FromMinutes(1))
        {
            failures.Add("Llm:RetryBaseDelay must be between 0 and 1 minute.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
