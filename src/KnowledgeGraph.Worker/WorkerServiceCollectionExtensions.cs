using KnowledgeGraph.Extraction;
using KnowledgeGraph.Ingestion;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Export;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Ingestion.Telemetry;
using KnowledgeGraph.Llm;
using KnowledgeGraph.Neo4j;
using KnowledgeGraph.Sqlite;
using KnowledgeGraph.Worker.Hosting;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Worker.Progress;
using KnowledgeGraph.Ingestion.Sources;
using KnowledgeGraph.Worker.Telemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace KnowledgeGraph.Worker;

public static class WorkerServiceCollectionExtensions
{
    /// <summary>
    /// Composes the whole worker: core services (reader, extractor), the embedded store (always: it holds the journal),
    /// the graph sink (Neo4j when <c>Neo4j:Uri</c> is set, else the embedded store), the configured article sources,
    /// exporters, the optional model-assisted augmenter (only when <c>Llm:Enabled</c> is true), the ingestion pipeline,
    /// the hosted ingestion worker, metrics and optional console telemetry.
    /// </summary>
    public static IServiceCollection AddKnowledgeGraphWorker(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddArticleReading(configuration.GetSection(InputOptions.SectionName));
        services.AddArticleSources(configuration.GetSection(SourcesOptions.SectionName));
        services.AddIngestionPipeline(configuration.GetSection(PipelineOptions.SectionName));
        services.AddKnowledgeGraphExtraction(configuration.GetSection(ExtractionOptions.SectionName));

        // The embedded store is always registered: it keeps the journal whatever the sink is.
        services.AddKnowledgeGraphSqlite(configuration.GetSection(StoreOptions.SectionName));
        var neo4j = configuration.GetSection(Neo4jOptions.SectionName);
        if (Neo4jServiceCollectionExtensions.IsNeo4jConfigured(neo4j))
        {
            services.AddKnowledgeGraphNeo4j(neo4j);
            services.TryAddSingleton<IGraphSink>(sp => sp.GetRequiredService<Neo4jGraphSink>());
        }
        else
        {
            services.TryAddSingleton<IGraphSink>(sp => sp.GetRequiredService<SqliteGraphStore>());
        }

        // Registers an IGraphAugmenter only when Llm:Enabled is true; without one every verb runs the rules alone.
        services.AddKnowledgeGraphLlm(configuration.GetSection(LlmOptions.SectionName));

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphExporter, JsonlGraphExporter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IGraphExporter, CypherGraphExporter>());

        services.AddOptions<ProgressOptions>().Bind(configuration.GetSection(ProgressOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProgressOptions>, ProgressOptionsValidator>());
        services.AddHostedService<IngestionWorker>();
        services.TryAddSingleton<WorkerOutcome>();

        services.AddOptions<TelemetryOptions>().Bind(configuration.GetSection(TelemetryOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>());

        // Read here as well because the exporter is composed now; a bad interval is rejected by the validator at start,
        // before anything resolves the MeterProvider.
        var telemetry = configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (telemetry.Console)
        {
            services.AddOpenTelemetry().WithMetrics(metrics => metrics
                .AddMeter(IngestionMetrics.MeterName, LlmMetrics.MeterName)
                .AddConsoleExporter((_, reader) => reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)Math.Min(int.MaxValue, telemetry.ExportInterval.TotalMilliseconds)));
        }

        return services;
    }
}
