using System.CommandLine;
using System.Runtime.CompilerServices;
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
        var command = new Command("ingest", "Ingest articles once and print a summary. Exits 1 if any input failed (after ingesting all the others).")
        {
            paths,
            common.Store,
        };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(
            parse,
            common.Overrides(parse),
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

        var documents = paths.Select(path => ToDocument(path, reader, cancellationToken)).ToAsyncEnumerable();
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

        await SummaryWriter.WriteIngestAsync(output, progress, pipeline.SinkDescription, time.GetElapsedTime(started), cancelled);
        return cancelled ? ExitCodes.Cancelled : progress.Failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static SourceDocument ToDocument(string path, IArticleReader reader, CancellationToken cancellationToken) =>
        path == "-"
            ? new SourceDocument { Origin = "stdin", Articles = ReadStandardInputAsync(reader, cancellationToken) }
            : new SourceDocument { Origin = path, Articles = reader.ReadAsync([path], cancellationToken) };

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
