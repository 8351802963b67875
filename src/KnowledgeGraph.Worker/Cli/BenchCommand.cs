using System.CommandLine;

namespace KnowledgeGraph.Worker.Cli;

internal static class BenchCommand
{
    public static Command Create(CommonOptions common)
    {
        var command = new Command("bench", "Measure extraction and end-to-end ingestion throughput and peak memory on synthetic articles.")
        {
            common.Store,
        };
        command.SetAction((_, _) => Task.FromResult(ExitCodes.Usage));
        return command;
    }
}
