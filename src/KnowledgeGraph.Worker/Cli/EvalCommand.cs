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
            Description = "Gold-standard JSON Lines files to score the extractor against, or folders: every *.jsonl file directly inside one (not its sub-folders).",
            Arity = ArgumentArity.OneOrMore,
        });
        var json = new Option<bool>("--json") { Description = "Print the report as JSON." };
        var details = new Option<bool>("--details") { Description = "Include per-article misses and false positives." };
        var byRule = new Option<bool>("--by-rule") { Description = "Add per extraction rule: predictions, true and false positives, precision." };
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
            byRule,
            half,
        };
        command.SetAction((parse, cancellationToken) => CliHost.RunAsync(
            parse,
            common.Overrides(parse),
            async (services, token) =>
            {
                var output = parse.InvocationConfiguration.Output;
                var (paths, problems) = ExpandGoldPaths(parse.GetValue(gold) ?? []);
                if (problems.Count > 0)
                {
                    foreach (var problem in problems)
                    {
                        await parse.InvocationConfiguration.Error.WriteLineAsync($"error: {problem}");
                    }

                    return ExitCodes.Failed;
                }

                var runner = ActivatorUtilities.CreateInstance<EvaluationRunner>(services);
                var report = await runner.RunAsync(paths, parse.GetValue(half), token);
                await output.WriteLineAsync(parse.GetValue(json) ? report.ToJson(parse.GetValue(byRule)) : report.ToText(parse.GetValue(details), parse.GetValue(byRule)));

                // Like ingest and extract: the full report is printed, but a gold line that could not be scored fails the run.
                return report.Errors.Count > 0 ? ExitCodes.Failed : ExitCodes.Success;
            },
            cancellationToken));
        return command;
    }

    /// <summary>
    /// Gold files as given, and each folder as the *.jsonl files directly inside it (ordinal order; sub-folders are not
    /// searched, so a folder of predictions or scratch files beneath a gold set is not scored by accident).
    /// </summary>
    internal static (List<string> Files, List<string> Problems) ExpandGoldPaths(IEnumerable<string> given)
    {
        var files = new List<string>();
        var problems = new List<string>();
        foreach (var path in given)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                var inside = Directory.EnumerateFiles(path, "*.jsonl", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal).ToList();
                if (inside.Count == 0)
                {
                    problems.Add($"{path}: is a folder without any gold file (expected *.jsonl files directly inside it, or give the gold files themselves)");
                }

                files.AddRange(inside);
            }
            else
            {
                problems.Add($"{path}: gold file not found (no such file or folder)");
            }
        }

        return (files, problems);
    }
}
