using KnowledgeGraph.Domain.Storage;
using System.CommandLine;
using KnowledgeGraph.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// Builds the Generic Host every verb runs in. Configuration, lowest to highest precedence: appsettings.json next to
/// the executable, environment variables (<c>Store__Path</c>, or with the <c>KG_</c> prefix <c>KG_Store__Path</c>),
/// then command-line options (<c>--store</c>, <c>-c Key=Value</c>).
/// </summary>
internal static class CliHost
{
    public const string EnvironmentPrefix = "KG_";

    public static IHost Build(IReadOnlyDictionary<string, string?> overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });

        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddInMemoryCollection(overrides);

        // Before anything binds: a typo or a value of the wrong type is named here, not silently ignored or half-bound.
        var problems = ConfigurationKeys.Check(builder.Configuration, overrides.Keys);
        if (problems.Count > 0)
        {
            throw new ConfigurationKeyException(problems);
        }

        // stdout carries summaries and exports; logs go to stderr.
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddKnowledgeGraphWorker(builder.Configuration);
        return builder.Build();
    }

    /// <summary>
    /// Runs a one-shot verb: builds the host, validates options as a started host would, runs the body and turns
    /// configuration and missing-store errors into a message and an exit code instead of a stack trace.
    /// </summary>
    public static Task<int> RunAsync(
        ParseResult parse,
        IReadOnlyDictionary<string, string?> overrides,
        Func<IServiceProvider, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken) =>
        RunHostAsync(parse, overrides, (host, token) => body(host.Services, token), cancellationToken);

    /// <summary>
    /// Like <see cref="RunAsync"/>, for a body that runs the host itself (<c>run</c>). Options are validated before the
    /// body, so a bad value is reported as one <c>configuration error:</c> line, not as a failed host start with a trace.
    /// </summary>
    public static async Task<int> RunHostAsync(
        ParseResult parse,
        IReadOnlyDictionary<string, string?> overrides,
        Func<IHost, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        try
        {
            using var host = Build(overrides);
            if (host.Services.GetService<IAsyncStartupValidator>() is { } validator)
            {
                await validator.ValidateAsync(cancellationToken);
            }

            _ = host.Services.GetService<MeterProvider>();
            try
            {
                return await body(host, cancellationToken);
            }
            catch (GraphStoreAccessException ex) when (!cancellationToken.IsCancellationRequested)
            {
                // The store refuses all work (credentials, not Neo4j, read-only, not a database): one line, and a
                // record in the journal so that status shows it.
                await error.WriteLineAsync($"error: {OneLine(ex.Message)}");
                await RecordStoreFailureAsync(host, ex);
                return ExitCodes.Failed;
            }
        }
        catch (ConfigurationKeyException ex)
        {
            foreach (var problem in ex.Problems)
            {
                await error.WriteLineAsync($"configuration error: {problem}");
            }

            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ValidationFailures(ex) is { Count: > 0 } failures)
        {
            foreach (var failure in failures)
            {
                await error.WriteLineAsync($"configuration error: {failure}");
            }

            return ExitCodes.Usage;
        }
        catch (InvalidOperationException ex) when (IsBindingFailure(ex))
        {
            // "-c Pipeline:BatchSize=abc": the binder names the key and the expected type.
            await error.WriteLineAsync($"configuration error: {ex.Message} {ex.InnerException?.Message}".TrimEnd());
            return ExitCodes.Usage;
        }
        catch (StoreNotFoundException ex)
        {
            await error.WriteLineAsync($"error: {ex.Message}");
            return ExitCodes.Failed;
        }
        catch (GraphStoreUnavailableException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The sink stayed unreachable through its resilience pipeline's retries: say so plainly; nothing unfinished
            // was failed or acknowledged, so running the same command again once the store is back completes the work.
            await error.WriteLineAsync($"error: the graph store is unreachable: {OneLine(ex.Message)} Nothing unfinished was lost; run the command again once it is back.");
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("cancelled");
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>
    /// Makes a failure of the graph store as a whole visible in <c>status</c>, under the store's name (a later
    /// successful write from the same origin does not clear it; the next failure of the store replaces it). Best effort:
    /// the journal may live in the very store that failed.
    /// </summary>
    private static async Task RecordStoreFailureAsync(IHost host, GraphStoreException failure)
    {
        if (host.Services.GetService<IIngestionJournal>() is not { } journal || host.Services.GetService<IGraphSink>() is SqliteGraphStore)
        {
            return;
        }

        try
        {
            await journal.RecordFailureAsync(failure.Store, OneLine(failure.Message), TimeProvider.System.GetUtcNow(), CancellationToken.None);
        }
#pragma warning disable CA1031 // Bookkeeping after the error line was printed; nothing else is to be done if it fails.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    /// <summary>The validation failures of options validated on start (one options type throws alone, several together).</summary>
    private static List<string> ValidationFailures(Exception exception) => exception switch
    {
        OptionsValidationException validation => validation.Failures.Select(WithoutMemberPrefix).ToList(),
        AggregateException aggregate when aggregate.InnerExceptions.All(inner => inner is OptionsValidationException) =>
            aggregate.InnerExceptions.SelectMany(inner => ValidationFailures(inner)).ToList(),
        _ => [],
    };

    /// <summary>
    /// The generated validators prefix a message with the member it is about ("BatchSize: Pipeline:BatchSize must…"); the
    /// messages already name the full key, so the prefix only repeats it.
    /// </summary>
    private static string WithoutMemberPrefix(string failure)
    {
        var colon = failure.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && failure[..colon].All(c => char.IsLetterOrDigit(c) || c is '_' or ',' or ' ' or '.') && failure[(colon + 2)..].Contains(':', StringComparison.Ordinal)
            ? failure[(colon + 2)..]
            : failure;
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    /// <summary>A value the configuration binder could not convert (thrown by the binder itself, whatever its wording).</summary>
    private static bool IsBindingFailure(InvalidOperationException exception) =>
        exception.TargetSite?.DeclaringType?.FullName?.StartsWith("Microsoft.Extensions.Configuration.ConfigurationBinder", StringComparison.Ordinal) == true;
}

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something failed (an input, a missing store); the rest of the work was done.</summary>
    public const int Failed = 1;

    /// <summary>Bad command line or configuration.</summary>
    public const int Usage = 2;

    public const int Cancelled = 130;
}
