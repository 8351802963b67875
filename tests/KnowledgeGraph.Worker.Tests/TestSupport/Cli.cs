using KnowledgeGraph.Worker.Cli;

namespace KnowledgeGraph.Worker.Tests.TestSupport;

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs the real command line in-process, capturing what it prints.</summary>
internal static class Cli
{
    /// <summary>Every verb of the executable, for tests that must hold on each of them.</summary>
    public static TheoryData<string> Verbs => new("ingest", "extract", "export", "run", "status", "summarize", "parse", "eval", "bench");

    public static async Task<CliResult> RunAsync(params string[] args) => await RunAsync(args, TestContext.Current.CancellationToken);

    public static async Task<CliResult> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await KnowledgeGraphCli.InvokeAsync(args, output, error, cancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
