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
    public static TheoryData<string> Verbs => new("ingest", "extract", "export", "run", "status", "eval", "bench");

    public static async Task<CliResult> RunAsync(params string[] args) => await RunAsync(args, TestContext.Current.CancellationToken);

    public static async Task<CliResult> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await KnowledgeGraphCli.InvokeAsync(args, output, error, cancellationToken);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}

/// <summary>A temporary folder removed after the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-worker-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the OS temp cleaner gets it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
