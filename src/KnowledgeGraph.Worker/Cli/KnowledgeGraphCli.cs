using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace KnowledgeGraph.Worker.Cli;

/// <summary>The command line: verbs ingest, extract, export, run, status, eval, bench on one executable.</summary>
public static class KnowledgeGraphCli
{
    public static RootCommand CreateRootCommand()
    {
        var common = new CommonOptions();
        var root = new RootCommand("KnowledgeGraph: turns news articles into a knowledge graph (embedded SQLite store or Neo4j).")
        {
            common.Config,
            IngestCommand.Create(common),
            ExtractCommand.Create(common),
            ExportCommand.Create(common),
            RunCommand.Create(common),
            StatusCommand.Create(common),
            SummarizeCommand.Create(common),
            ParseCommand.Create(),
            EvalCommand.Create(common),
            BenchCommand.Create(common),
        };

        // Without an action of its own the root reports "Required command was not provided" next to the real error
        // ("Unrecognized command or argument 'ingets'"): with one, a mistyped verb prints one error, and no verb at all
        // still prints the help and exits 2.
        root.SetAction(parse =>
        {
            parse.InvocationConfiguration.Error.WriteLine("error: no verb given (ingest, extract, export, run, status, eval, bench).");
            if (root.Options.OfType<HelpOption>().FirstOrDefault()?.Action is SynchronousCommandLineAction help)
            {
                help.Invoke(parse);
            }

            return ExitCodes.Usage;
        });
        return root;
    }

    /// <summary>
    /// Parses and runs a command line, writing to the given streams (the process's console in production). A command
    /// line that does not parse (unknown option, missing argument, invalid value) prints the error and the verb's help
    /// and exits <see cref="ExitCodes.Usage"/>, like a configuration error.
    /// </summary>
    public static async Task<int> InvokeAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,

            // Ctrl+C / SIGTERM cancel the verb's token; give a graceful stop time before the process is ended.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
        };
        var parse = CreateRootCommand().Parse(args);
        var exitCode = await parse.InvokeAsync(configuration, cancellationToken);

        // System.CommandLine's own parse-error action exits 1, which the exit codes reserve for failed work.
        return parse.Action is ParseErrorAction ? ExitCodes.Usage : exitCode;
    }
}
