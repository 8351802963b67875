using System.ComponentModel.DataAnnotations;
using KnowledgeGraph.Domain.Configuration;
using System.Globalization;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Ingestion.Sources;

/// <summary>
/// The <c>Sources</c> configuration section. Each source is registered only when its own part is configured:
/// <c>Sources:Inbox:Path</c>, <c>Sources:Feeds:N:Url</c>, <c>Sources:JsonLines:Path</c>.
/// </summary>
public sealed class SourcesOptions : IValidatableObject
{
    public const string SectionName = "Sources";

    /// <summary>Folder for small state files (the per-feed seen-sets). Relative paths resolve against the working directory.</summary>
    public string StatePath { get; set; } = "state";

    /// <summary>Minimum pause between the end of one request to a host and the start of the next one to the same host.</summary>
    [SettingRange("Sources:PolitenessDelay", typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan PolitenessDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Largest feed or page body read; a larger response fails instead of filling memory.</summary>
    [SettingRange("Sources:MaxResponseBytes", typeof(long), "1024", "9223372036854775807")]
    public long MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Timeout of one HTTP attempt (headers and body).</summary>
    [SettingRange("Sources:AttemptTimeout", typeof(TimeSpan), "00:00:00.050", "01:00:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Timeout of one logical request including its retries and their back-off.</summary>
    [SettingRange("Sources:TotalTimeout", typeof(TimeSpan), "00:00:00.050", "1.00:00:00")]
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries of transient failures (5xx, 408, 429, timeouts, connection errors) after the first attempt.</summary>
    [SettingRange("Sources:MaxRetryAttempts", 0, 10)]
    public int MaxRetryAttempts { get; set; } = 3;

    /// <summary>Base delay of the exponential, jittered retry back-off.</summary>
    [SettingRange("Sources:RetryBaseDelay", typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Seen feed items remembered per feed; the oldest are forgotten first. Keep well above a feed's length.</summary>
    [SettingRange("Sources:MaxSeenItemsPerFeed", 1, int.MaxValue)]
    public int MaxSeenItemsPerFeed { get; set; } = 5000;

    /// <summary>Polls on which a feed item may fail before it is given up (marked seen without an article).</summary>
    [SettingRange("Sources:MaxItemAttempts", 1, int.MaxValue)]
    public int MaxItemAttempts { get; set; } = 3;

    /// <summary>
    /// Lets feed and page requests reach loopback, private (RFC 1918), link-local (cloud metadata), unique-local IPv6,
    /// carrier-grade NAT and other non-public addresses. Off by default: a feed item link or a redirect could otherwise
    /// make the worker fetch from the network it runs in (server-side request forgery). Checked at connect time, on
    /// the resolved addresses, so redirects and DNS rebinding are covered.
    /// </summary>
    public bool AllowPrivateAddresses { get; set; }

    [ValidateObjectMembers]
    public InboxOptions? Inbox { get; set; }

    public IList<FeedOptions> Feeds { get; } = new List<FeedOptions>();

    [ValidateObjectMembers]
    public JsonLinesOptions? JsonLines { get; set; }

    /// <summary>
    /// The checks annotations cannot express: one key against another, and each feed by its index, so every message
    /// names the full key (<c>Sources:Feeds:2:Url</c>).
    /// </summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (TotalTimeout <= AttemptTimeout)
        {
            yield return new ValidationResult("Sources:TotalTimeout must be greater than Sources:AttemptTimeout.");
        }

        if (Inbox is { Path: { Length: > 0 } inboxPath } && File.Exists(inboxPath))
        {
            yield return new ValidationResult($"Sources:Inbox:Path '{inboxPath}' is a file; it must name a folder (created when missing) where articles are dropped.");
        }

        var urls = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Feeds.Count; i++)
        {
            var feed = Feeds[i];
            var key = string.Create(CultureInfo.InvariantCulture, $"Sources:Feeds:{i}");
            var isHttp = Uri.TryCreate(feed.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
            if (!isHttp)
            {
                yield return new ValidationResult($"{key}:Url must be an absolute http or https URL (got '{feed.Url}').");
            }
            else if (!urls.Add(uri!.AbsoluteUri))
            {
                yield return new ValidationResult($"{key}:Url '{feed.Url}' is configured more than once.");
            }

            if (feed.Interval < TimeSpan.FromSeconds(1))
            {
                yield return new ValidationResult($"{key}:Interval must be at least 00:00:01, not {feed.Interval}.");
            }
        }

        if (Feeds.Count > 0 && string.IsNullOrWhiteSpace(StatePath))
        {
            yield return new ValidationResult("Sources:StatePath is required when feeds are configured.");
        }
    }
}

public sealed class InboxOptions
{
    /// <summary>The watched folder; processed files move to its <c>done/</c> and <c>failed/</c> sub-folders.</summary>
    [Required(ErrorMessage = "Sources:Inbox:Path is required when Sources:Inbox is configured.")]
    public string Path { get; set; } = "";

    /// <summary>Period of the full folder scan, the source of truth (file-system events only make pick-up prompter).</summary>
    [SettingRange("Sources:Inbox:PollInterval", typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a file's size and last-write time must stay unchanged before it is taken.</summary>
    [SettingRange("Sources:Inbox:StableDuration", typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan StableDuration { get; set; } = TimeSpan.FromSeconds(2);
}

public sealed class FeedOptions
{
    /// <summary>Absolute http(s) URL of an RSS 2.0 or Atom 1.0 feed.</summary>
    public string Url { get; set; } = "";

    /// <summary>Time between polls of this feed (at least one second).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);
}

public sealed class JsonLinesOptions
{
    /// <summary>A JSON Lines file, or <c>-</c> for standard input.</summary>
    [Required(ErrorMessage = "Sources:JsonLines:Path is required when Sources:JsonLines is configured (use '-' for standard input).")]
    public string Path { get; set; } = "";
}

/// <summary>Source-generated validation of <see cref="SourcesOptions"/>, its inbox and JSON Lines parts and its cross-field checks.</summary>
[OptionsValidator]
public sealed partial class SourcesOptionsValidator : IValidateOptions<SourcesOptions>;
