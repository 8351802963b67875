using System.CommandLine;
using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Worker.Progress;
using KnowledgeGraph.Ingestion.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Worker.Cli;

internal static class IngestCommand
{
    public static Command Create(CommonOptions common)
    {
        var paths = CommonOptions.RejectingOptionLikeValues(new Argument<string[]>("paths")
        {
            Description = "Files or folders to ingest (.txt .md .html .htm .json .jsonl); '-' reads JSON Lines from standard input.",
            Arity = ArgumentArity.OneOrMore,
        });
        var reextract = new Option<bool>("--reextract")
        {
            Description = "Extract and write every article read, even those stored unchanged by the current extractor version (stale ones are re-extracted anyway).",
        };
        var command = new Command("ingest", "Ingest articles once and print a summary. Exits 1 if any input failed (after ingesting all the others).")
        {
            paths,
            common.Store,
            reextract,
        };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(
            parse,
            parse.GetValue(reextract) ? common.Overrides(parse, ("Pipeline:Reextract", "true")) : common.Overrides(parse),
            (services, token) => IngestAsync(services, parse, parse.GetValue(paths) ?? [], token),
            cancellationToken));
        return command;
    }

    private static async Task<int> IngestAsync(IServiceProvider services, ParseResult parse, string[] paths, CancellationToken cancellationToken)
    {
        var output = parse.InvocationConfiguration.Output;
        var error = parse.InvocationConfiguration.Error;
        var pipeline = services.GetRequiredService<IngestionPipeline>();
        var reader = services.GetRequiredService<IArticleReader>();
        var progressOptions = services.GetRequiredService<IOptions<ProgressOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();

        var progress = new IngestionProgress();
        if (ProgressDisplay.ResolveMode(progressOptions.Mode, output) == "live")
        {
            progress.ExpectedTotal = await InputSizeEstimator.CountAsync(paths, cancellationToken);
        }

        var inputs = new InputCounts(InputInventory.Of(paths));
        var documents = paths.Select(path => ToDocument(path, reader, inputs, cancellationToken)).ToAsyncEnumerable();
        var started = time.GetTimestamp();
        var cancelled = false;
        try
        {
            var work = pipeline.RunAsync(documents, progress, cancellationToken);
            await ProgressDisplay.RunAsync(work, progress, output, error, progressOptions, time);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            cancelled = true;
        }

        if (!cancelled && progress.Written > 0)
        {
            // Names and aliases are derived from every article's facts in one pass, never maintained per write
            // (docs/neo4j.md, "Many writers"); the embedded store derives them on read and returns at once.
            var sink = services.GetRequiredService<IGraphSink>();
            try
            {
                await sink.SummarizeAsync(cancellationToken);
            }
            catch (Exception ex) when (sink.IsTransient(ex))
            {
                // The articles are committed; only the derived names wait. Say so and keep the run's own exit code.
                await error.WriteLineAsync($"Entity names were not summarized ({ex.Message}); run 'knowledgegraph summarize' when {sink.Description} is reachable.");
            }
        }

        await SummaryWriter.WriteIngestAsync(output, progress, inputs, pipeline.SinkDescription, time.GetElapsedTime(started), cancelled);
        return cancelled ? ExitCodes.Cancelled : progress.Failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static SourceDocument ToDocument(string path, IArticleReader reader, InputCounts inputs, CancellationToken cancellationToken) =>
        path == "-"
            ? new SourceDocument { Origin = "stdin", Articles = Counted(ReadStandardInputAsync(reader, cancellationToken), inputs, cancellationToken) }
            : new SourceDocument { Origin = path, Articles = Counted(reader.ReadAsync([path], cancellationToken), inputs, cancellationToken) };

    private static async IAsyncEnumerable<ArticleReadResult> Counted(IAsyncEnumerable<ArticleReadResult> results, InputCounts inputs, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var result in results.WithCancellation(cancellationToken))
        {
            inputs.Count(result);
            yield return result;
        }
    }

    /// <summary>JSON Lines from the process's standard input (the '-' path), shared with <c>extract</c>.</summary>
    internal static async IAsyncEnumerable<ArticleReadResult> ReadStandardInputAsync(IArticleReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stdin = Console.OpenStandardInput();
        await foreach (var result in reader.ReadJsonLinesAsync(stdin, "stdin", cancellationToken))
        {
            yield return result;
        }
    }
}
