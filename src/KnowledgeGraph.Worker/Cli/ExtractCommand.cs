using System.CommandLine;
using System.Globalization;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Ingestion.Input;
using KnowledgeGraph.Language;
using KnowledgeGraph.Domain.Model;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>
/// Shows what the extractor finds in articles without storing anything: reads inputs exactly as <c>ingest</c> does,
/// extracts each article and prints its entities and relationships. Never resolves the store, sink or journal, so no
/// database file is opened or created.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CommonOptions common)
    {
        var paths = CommonOptions.RejectingOptionLikeValues(new Argument<string[]>("paths")
        {
            Description = "Files or folders to extract from (.txt .md .html .htm .json .jsonl); '-' reads JSON Lines from standard input.",
            Arity = ArgumentArity.OneOrMore,
        });
        var json = new Option<bool>("--json")
        {
            Description = "One JSON object per article per line (JSON Lines) instead of readable text.",
        };
        var explain = new Option<bool>("--explain")
        {
            Description = "After each article, print every sentence's words with part of speech, lemma, head and relation (the parse the relation frames read), so you can see why an edge was or was not found.",
        };
        var command = new Command("extract", "Show the entities and relationships the extractor finds in articles, with their evidence; stores nothing. Exits 1 if any input failed (after printing all the others).")
        {
            paths,
            json,
            explain,
        };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(
            parse,
            common.Overrides(parse),
            (services, token) => ExtractAsync(services, parse, parse.GetValue(paths) ?? [], parse.GetValue(json), parse.GetValue(explain), token),
            cancellationToken));
        return command;
    }

    /// <summary>Every sentence of the article as the parser sees it (the frames read this parse).</summary>
    private static async Task ExplainAsync(TextWriter output, Article article, CancellationToken cancellationToken)
    {
        // The names the mention recogniser found are tagged as names, as the frames do, so this is the parse they read.
        foreach (var sentence in RuleBasedExtractor.Explain(article))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Sentence {sentence.Index}: {sentence.Text}"));
            if (!string.Equals(sentence.ParsedText, sentence.Text, StringComparison.Ordinal))
            {
                // Names of several words are parsed as their last word, and a title-case headline with its common words lower-cased; the table below is that sentence's parse.
                await output.WriteLineAsync($"  parsed as: {sentence.ParsedText}");
            }

            await output.WriteLineAsync(ExplainFormatter.Format(sentence.Parse));
        }
    }

    private static async Task<int> ExtractAsync(IServiceProvider services, ParseResult parse, string[] paths, bool json, bool explain, CancellationToken cancellationToken)
    {
        var error = parse.InvocationConfiguration.Error;
        var reader = services.GetRequiredService<IArticleReader>();
        var extractor = services.GetRequiredService<IArticleExtractor>();
        var augmenter = services.GetService<IGraphAugmenter>();
        var writer = new ExtractionWriter(parse.InvocationConfiguration.Output, json);
        var extracted = 0;
        var failed = 0;

        // One path at a time, one article at a time: output follows input order and memory stays at one article.
        foreach (var path in paths)
        {
            var origin = path == "-" ? "stdin" : path;
            var results = path == "-"
                ? IngestCommand.ReadStandardInputAsync(reader, cancellationToken)
                : reader.ReadAsync([path], cancellationToken);
            try
            {
                await foreach (var result in results.WithCancellation(cancellationToken))
                {
                    switch (result)
                    {
                        case ArticleReadResult.Success { Article: var article }:
                            if (TryExtract(extractor, article, out var graph, out var reason))
                            {
                                if (augmenter is not null)
                                {
                                    graph = await AugmentAsync(augmenter, graph, error, cancellationToken);
                                }

                                await writer.WriteAsync(graph, cancellationToken);
                                if (explain && !json)
                                {
                                    await ExplainAsync(parse.InvocationConfiguration.Output, article, cancellationToken);
                                }

                                extracted++;
                            }
                            else
                            {
                                await ReportAsync(error, string.IsNullOrEmpty(article.Origin) ? origin : article.Origin, reason);
                                failed++;
                            }

                            break;
                        case ArticleReadResult.Failure failure:
                            await ReportAsync(error, failure.Origin, failure.Reason);
                            failed++;
                            break;
                    }
                }
            }
            catch (Exception ex) when ((ex is IOException or UnauthorizedAccessException) && !cancellationToken.IsCancellationRequested)
            {
                // The reader reports bad input as failures; this is the stream itself breaking (e.g. stdin closed).
                await ReportAsync(error, origin, $"reading failed: {ex.Message}");
                failed++;
            }
        }

        // Standard output holds only extractions (possibly JSON Lines); what was found, skipped and failed goes to
        // standard error whenever it is not simply "everything extracted".
        var inventory = InputInventory.Of(paths);
        if (failed > 0 || extracted == 0 || inventory.Unsupported > 0)
        {
            await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"extract: {extracted} article(s) extracted, {failed} failed; inputs: {inventory.Describe()}"));
        }

        return failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
    }

    private static bool TryExtract(IArticleExtractor extractor, Article article, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ArticleGraph? graph, out string reason)
    {
        try
        {
            graph = extractor.Extract(article);
            reason = "";
            return true;
        }
#pragma warning disable CA1031 // An extractor bug fails that article, never the run (as in the ingestion pipeline).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            graph = null;
            reason = $"extraction failed: {ex.GetType().Name}: {ex.Message}";
            return false;
        }
    }

    /// <summary>The augmented graph; when the augmenter throws, the rule graph, with a warning (as in the ingestion pipeline).</summary>
    private static async Task<ArticleGraph> AugmentAsync(IGraphAugmenter augmenter, ArticleGraph graph, TextWriter error, CancellationToken cancellationToken)
    {
        try
        {
            return await augmenter.AugmentAsync(graph, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"warning: {graph.Article.Origin}: the augmenter failed, showing the rule graph: {ex.GetType().Name}: {ex.Message}");
            return graph;
        }
    }

    private static Task ReportAsync(TextWriter error, string origin, string reason) =>
        error.WriteLineAsync($"error: {origin}: {reason}");
}
