using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Llm;

/// <summary>
/// Settings of the optional model-assisted extraction stage, bound from the <c>Llm</c> configuration section;
/// environment variables override (<c>KG_Llm__Model</c>, <c>KG_Llm__ApiKey</c>, ...). Nothing is registered unless
/// <see cref="Enabled"/> is true.
/// </summary>
public sealed class LlmOptions : IValidatableObject
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
    [SettingRange("Llm:Timeout", typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Longer articles are sent cut at the last sentence boundary before this many characters.</summary>
    [SettingRange("Llm:MaxArticleCharacters", 500, 2_000_000)]
    public int MaxArticleCharacters { get; set; } = 24_000;

    /// <summary>At most this many relationships are added per article; the model's further ones are dropped.</summary>
    [SettingRange("Llm:MaxRelationshipsPerArticle", 1, 1000)]
    public int MaxRelationshipsPerArticle { get; set; } = 50;

    /// <summary>Retries of 408, 429, 5xx, timeouts and connection failures (exponential backoff with jitter).</summary>
    [SettingRange("Llm:MaxRetryAttempts", 0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>First retry delay; later ones grow exponentially. A Retry-After header from the server wins.</summary>
    [SettingRange("Llm:RetryBaseDelay", typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Never shows the API key.</summary>
    public override string ToString() =>
        $"Llm {{ Enabled = {Enabled}, Endpoint = {Endpoint}, Model = {Model}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(not set)" : "***")}, Timeout = {Timeout} }}";

    /// <summary>The checks annotations cannot express: what is required once the stage is enabled.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (Endpoint is not { } endpoint)
        {
            yield return new ValidationResult("Llm:Endpoint is required when Llm:Enabled is true (the base URI of an OpenAI-compatible API, e.g. http://localhost:8000/v1).");
        }
        else if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttp && endpoint.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult("Llm:Endpoint must be an absolute http:// or https:// URI (e.g. http://localhost:8000/v1).");
        }
        else if (!string.IsNullOrEmpty(endpoint.UserInfo))
        {
            yield return new ValidationResult("Llm:Endpoint must not contain credentials; set Llm:ApiKey (e.g. environment variable KG_Llm__ApiKey) instead.");
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("Llm:Model is required when Llm:Enabled is true (the model or deployment name the endpoint serves).");
        }

        if (ApiKey is { } key && key.Any(char.IsControl))
        {
            yield return new ValidationResult("Llm:ApiKey must not contain control characters.");
        }
    }
}

/// <summary>Source-generated validation of <see cref="LlmOptions"/>. Messages name keys, never the key's value.</summary>
[OptionsValidator]
public sealed partial class LlmOptionsValidator : IValidateOptions<LlmOptions>;
