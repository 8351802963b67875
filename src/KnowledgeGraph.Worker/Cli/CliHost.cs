using KnowledgeGraph.Domain.Storage;
using Microsoft.Extensions.Configuration.Memory;
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

    public static IHost Build(IReadOnlyDictionary<string, string?> overrides, IReadOnlyDictionary<string, string?>? verbDefaults = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });

        // A verb's own defaults sit below every other source, so appsettings, environment and command line still win.
        if (verbDefaults is { Count: > 0 })
        {
            builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = verbDefaults });
        }

        builder.Configuration.AddEnvironmentVariables(EnvironmentPrefix);
        builder.Configuration.AddInMemoryCollection(overrides);

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
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? verbDefaults = null) =>
        RunHostAsync(parse, overrides, (host, token) => body(host.Services, token), cancellationToken, verbDefaults);

    /// <summary>
    /// Like <see cref="RunAsync"/>, for a body that runs the host itself (<c>run</c>). Options are validated before the
    /// body, so a bad value is reported as one <c>configuration error:</c> line, not as a failed host start with a trace.
    /// </summary>
    public static async Task<int> RunHostAsync(
        ParseResult parse,
        IReadOnlyDictionary<string, string?> overrides,
        Func<IHost, CancellationToken, Task<int>> body,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? verbDefaults = null)
    {
        var error = parse.InvocationConfiguration.Error;
        IHost? built = null;
        try
        {
            using var host = built = Build(overrides, verbDefaults);
            if (host.Services.GetService<IAsyncStartupValidator>() is { } validator)
            {
                await validator.ValidateAsync(cancellationToken);
            }

            _ = host.Services.GetService<MeterProvider>();
            return await body(host, cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync($"configuration error: {string.Join(" ", ex.Failures)}");
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
        catch (Exception ex) when (IsTransientStoreFailure(built, ex) && !cancellationToken.IsCancellationRequested)
        {
            // The sink stayed unreachable through every retry: say so plainly; nothing unfinished was acknowledged,
            // so running the same command again once the database is back completes the work.
            await error.WriteLineAsync($"error: the graph store is unreachable: {ex.Message} Nothing unfinished was lost; run the command again once it is back.");
            return ExitCodes.Failed;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("cancelled");
            return ExitCodes.Cancelled;
        }
    }

    /// <summary>A failure the configured sink calls transient (its own kinds, or generic I/O and network trouble).</summary>
    private static bool IsTransientStoreFailure(IHost? host, Exception exception) =>
        host?.Services.GetService<IGraphSink>() is { } sink ? sink.IsTransient(exception) : StoreFailures.IsTransient(exception);

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
