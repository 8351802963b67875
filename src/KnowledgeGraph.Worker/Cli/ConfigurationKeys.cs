using KnowledgeGraph.Domain.Text;
using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Llm;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Sqlite;
using KnowledgeGraph.Worker.Progress;
using KnowledgeGraph.Worker.Telemetry;
using Microsoft.Extensions.Configuration;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// Checks configuration keys against the options classes before anything binds them, so a typo is an error naming
/// the key and the closest known key instead of a setting silently ignored, and a value that does not convert names
/// the key, the value and the expected type. Only the product's sections are checked (the environment may hold
/// unrelated variables), except that every key given with <c>-c</c> must be known.
/// </summary>
internal static class ConfigurationKeys
{
    /// <summary>The product's sections and the options class each binds to.</summary>
    public static readonly IReadOnlyDictionary<string, Type> Sections = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
    {
        [InputOptions.SectionName] = typeof(InputOptions),
        [SourcesOptions.SectionName] = typeof(SourcesOptions),
        [PipelineOptions.SectionName] = typeof(PipelineOptions),
        [StoreOptions.SectionName] = typeof(StoreOptions),
        [Neo4jOptions.SectionName] = typeof(Neo4jOptions),
        [LlmOptions.SectionName] = typeof(LlmOptions),
        [ProgressOptions.SectionName] = typeof(ProgressOptions),
        [TelemetryOptions.SectionName] = typeof(TelemetryOptions),
        [ExtractionOptions.SectionName] = typeof(ExtractionOptions),
    };

    /// <summary>Sections of the host itself, free-form, accepted with <c>-c</c> as they are.</summary>
    private static readonly string[] HostSections = ["Logging"];

    /// <summary>Keys an older version knew, with what replaced them (see the worker README's migration table).</summary>
    private static readonly Dictionary<string, string> Renamed = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Pipeline:BatchLatencyMs"] = "was renamed Pipeline:BatchLatency, a duration (e.g. 00:00:00.250)",
        ["Pipeline:RetryInitialDelayMs"] = "was removed: the graph store's own resilience pipeline retries (Neo4j:RetryBaseDelay, Store:MaxRetryAttempts)",
        ["Pipeline:RetryMaxDelayMs"] = "was removed: the graph store's own resilience pipeline retries (Neo4j:RetryBaseDelay, Store:MaxRetryAttempts)",
        ["Pipeline:MaxWriteAttempts"] = "was removed: the graph store's own resilience pipeline retries (Neo4j:MaxRetryAttempts, Store:MaxRetryAttempts); when it gives up, ingest exits 1 and run waits Pipeline:RestartDelay",
        ["Store:BusyTimeoutMs"] = "was renamed Store:BusyTimeout, a duration (e.g. 00:00:10)",
        ["Sources:PolitenessDelayMs"] = "was renamed Sources:PolitenessDelay, a duration (e.g. 00:00:01)",
        ["Sources:AttemptTimeoutSeconds"] = "was renamed Sources:AttemptTimeout, a duration (e.g. 00:00:10)",
        ["Sources:TotalTimeoutSeconds"] = "was renamed Sources:TotalTimeout, a duration (e.g. 00:01:00)",
        ["Sources:RetryBaseDelayMs"] = "was renamed Sources:RetryBaseDelay, a duration (e.g. 00:00:01)",
        ["Sources:Inbox:PollSeconds"] = "was renamed Sources:Inbox:PollInterval, a duration (e.g. 00:00:10)",
        ["Sources:Inbox:StableSeconds"] = "was renamed Sources:Inbox:StableDuration, a duration (e.g. 00:00:02)",
        ["Llm:TimeoutSeconds"] = "was renamed Llm:Timeout, a duration (e.g. 00:01:00)",
        ["Progress:IntervalMs"] = "was renamed Progress:Interval, a duration (e.g. 00:00:02)",
        ["Telemetry:ExportIntervalMs"] = "was renamed Telemetry:ExportInterval, a duration (e.g. 00:00:10)",
    };

    /// <summary>Every problem found, one line each; empty when the configuration is good.</summary>
    public static IReadOnlyList<string> Check(IConfiguration configuration, IEnumerable<string> commandLineKeys)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(commandLineKeys);
        var problems = new List<string>();
        foreach (var key in commandLineKeys)
        {
            var section = key.Split(':')[0];
            if (!Sections.ContainsKey(section) && !HostSections.Contains(section, StringComparer.OrdinalIgnoreCase))
            {
                var known = Sections.Keys.Concat(HostSections).ToArray();
                problems.Add($"unknown configuration key '{key}': '{section}' is not a configuration section (did you mean '{Closest(section, known)}'? sections: {string.Join(", ", known)}).");
            }
        }

        foreach (var (name, type) in Sections)
        {
            foreach (var (key, value) in configuration.GetSection(name).AsEnumerable(makePathsRelative: true))
            {
                if (value is not null)
                {
                    CheckKey(name, type, key, value, problems);
                }
            }
        }

        return problems;
    }

    private static void CheckKey(string sectionName, Type sectionType, string relativeKey, string value, List<string> problems)
    {
        var segments = relativeKey.Split(':');
        var type = sectionType;
        var path = sectionName;
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (ElementType(type) is { } element)
            {
                if (!int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    problems.Add($"unknown configuration key '{path}:{string.Join(':', segments[i..])}': '{path}' is a list; its entries are numbered ({path}:0:...).");
                    return;
                }

                type = element;
                path += ":" + segment;
                continue;
            }

            var properties = Bindable(type);
            var property = properties.FirstOrDefault(p => string.Equals(p.Name, segment, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                var full = $"{path}:{string.Join(':', segments[i..])}";
                var generic = $"{path}:{segment}";
                problems.Add(Renamed.TryGetValue(Unindexed(generic), out var change)
                    ? $"configuration key '{full}' {change}."
                    : properties.Length == 0
                        ? $"unknown configuration key '{full}': '{path}' takes a value, not sub-keys."
                        : $"unknown configuration key '{full}' (did you mean '{path}:{Closest(segment, properties.Select(p => p.Name))}'?).");
                return;
            }

            type = property.PropertyType;
            path += ":" + property.Name;
        }

        CheckValue(path, type, value, problems);
    }

    /// <summary>A value the binder would fail to convert, named with its key, its value and the type expected.</summary>
    private static void CheckValue(string key, Type type, string value, List<string> problems)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string) || (value.Length == 0 && target != type))
        {
            return;
        }

        if (ElementType(target) is not null || Bindable(target).Length > 0)
        {
            problems.Add($"configuration key '{key}' is a section, not a value (got '{value}').");
            return;
        }

        var valid = target == typeof(Uri)
            ? Uri.TryCreate(value, UriKind.RelativeOrAbsolute, out _)
            : IsConvertible(target, value);
        if (!valid)
        {
            problems.Add($"configuration key '{key}': '{value}' is not a valid {Describe(target)}.");
        }
    }

    private static bool IsConvertible(Type type, string value)
    {
        try
        {
            _ = TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return true;
        }
#pragma warning disable CA1031 // Converters throw whatever they like (FormatException, OverflowException, ArgumentException...).
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }
    }

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(TimeSpan) => "duration (expected [d.]hh:mm:ss[.fff], e.g. 00:00:00.250 or 00:00:30)",
        _ when type == typeof(bool) => "boolean (expected true or false)",
        _ when type == typeof(int) => "whole number (expected a 32-bit integer)",
        _ when type == typeof(long) => "whole number (expected a 64-bit integer)",
        _ when type == typeof(double) => "number (expected e.g. 0.5)",
        _ => type.Name,
    };

    private static PropertyInfo[] Bindable(Type type) =>
        type.IsPrimitive || type == typeof(string) || type == typeof(TimeSpan) || type == typeof(Uri) || type == typeof(decimal) || type.IsEnum
            ? []
            : type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetIndexParameters().Length == 0 && (p.SetMethod?.IsPublic == true || ElementType(p.PropertyType) is not null))
                .ToArray();

    private static Type? ElementType(Type type) =>
        type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType
            ? type.GetGenericArguments()[0]
            : null;

    /// <summary>A key with its list indices taken out (<c>Sources:Feeds:0:Url</c> → <c>Sources:Feeds:Url</c>), for the rename table.</summary>
    private static string Unindexed(string key) =>
        string.Join(':', key.Split(':').Where(part => !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out _)));

    private static string Closest(string name, IEnumerable<string> candidates) =>
        candidates.MinBy(candidate => EditDistance.Levenshtein(name.ToUpperInvariant(), candidate.ToUpperInvariant())) ?? "";

}

/// <summary>Configuration keys that are unknown or values that do not convert; the message has one line per problem.</summary>
internal sealed class ConfigurationKeyException(IReadOnlyList<string> problems) : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
