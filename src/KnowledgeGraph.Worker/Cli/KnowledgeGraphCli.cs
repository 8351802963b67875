using System.CommandLine;

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
            EvalCommand.Create(common),
            BenchCommand.Create(common),
        };
        return root;
    }

    /// <summary>Parses and runs a command line, writing to the given streams (the process's console in production).</summary>
    public static Task<int> InvokeAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var configuration = new InvocationConfiguration
        {
            Output = output,
            Error = error,

            // Ctrl+C / SIGTERM cancel the verb's token; give a graceful stop time before the process is ended.
            ProcessTerminationTimeout = TimeSpan.FromSeconds(30),
        };
        return CreateRootCommand().Parse(args).InvokeAsync(configuration, cancellationToken);
    }
}
