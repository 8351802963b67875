using System.CommandLine;
using KnowledgeGraph.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Worker.Cli;

internal static class EvalCommand
{
    public static Command Create(CommonOptions common)
    {
        var gold = CommonOptions.RejectingOptionLikeValues(new Argument<string[]>("gold")
        {
            Description = "Gold-standard JSON Lines files to score the extractor against.",
            Arity = ArgumentArity.OneOrMore,
        });
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var details = new Option<bool>("--details") { Description = "Include per-article misses and false positives." };
        var half = new Option<DevelopmentHalf>("--half")
        {
            Description = "Score one half of each set, split by a stable hash of the article id: Study (errors may be read) or Holdout (only measured). Default: All.",
            DefaultValueFactory = _ => DevelopmentHalf.All,
        };
        var command = new Command("eval", "Score the extractor against gold sets: precision, recall and F1 per entity label and relationship type.")
        {
            gold,
            json,
            details,
            half,
        };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(
            parse,
            common.Overrides(parse),
            async (services, token) =>
            {
                var paths = parse.GetValue(gold) ?? [];
                var output = parse.InvocationConfiguration.Output;
                var missing = paths.Where(p => !File.Exists(p)).ToList();
                if (missing.Count > 0)
                {
                    await parse.InvocationConfiguration.Error.WriteLineAsync($"error: gold file not found: {string.Join(", ", missing)}");
                    return ExitCodes.Failed;
                }

                var runner = ActivatorUtilities.CreateInstance<EvaluationRunner>(services);
                var report = await runner.RunAsync(paths, parse.GetValue(half), token);
                await output.WriteLineAsync(parse.GetValue(json) ? report.ToJson() : report.ToText(parse.GetValue(details)));

                // Like ingest and extract: the full report is printed, but a gold line that could not be scored fails the run.
                return report.Errors.Count > 0 ? ExitCodes.Failed : ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }
}
