using System.Diagnostics;
using System.Runtime.Versioning;

namespace KnowledgeGraph.Worker.Tests.Cli;

/// <summary>
/// The README's first steps run the built executable through <c>./kg</c> at the repository root: it must be
/// executable, work from any working directory (no word splitting, any shell) and leave standard output to the verb.
/// </summary>
public sealed class KgScriptTests
{
    [Fact(Timeout = 120_000)]
    public async Task Kg_IngestThenStatusFromAnotherDirectory_RunsTheBuiltExecutable()
    {
        var script = ScriptOrSkip();
        using var folder = new TempFolder();
        var article = folder.Write("in/talks.txt", "Talks resume\n\nPresident Amara Dunmore of France met Chancellor Lucan Tolbeck of Germany in Geneva on Monday.");

        var cancellationToken = TestContext.Current.CancellationToken;
        var ingest = await RunAsync(script, folder.Path, cancellationToken, "ingest", article, "--store", "kg.db", "-c", "Progress:Mode=none");
        var status = await RunAsync(script, folder.Path, cancellationToken, "status", "--store", "kg.db");

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Matches(@"written:\s+1", ingest.Output);
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.StartsWith($"Store: sqlite:{folder.Combine("kg.db")}", status.Output, StringComparison.Ordinal);
        Assert.Contains("Articles ingested: 1", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Kg_Script_IsAnExecutablePosixShellScript()
    {
        var script = ScriptOrSkip();

        Assert.StartsWith("#!/bin/sh\n", File.ReadAllText(script), StringComparison.Ordinal);
        Assert.True(File.GetUnixFileMode(script).HasFlag(UnixFileMode.UserExecute), $"{script} is not executable");
    }

    /// <summary>The script in the checkout these tests were built from, when its Release executable exists.</summary>
    private static string ScriptOrSkip()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "./kg is a POSIX shell script");
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var script = Path.Combine(directory.FullName, "kg");
            if (File.Exists(Path.Combine(directory.FullName, "KnowledgeGraph.sln")) && File.Exists(script))
            {
                // The script would build a missing executable first: too slow for a test, and not what is tested here.
                var executable = Path.Combine(directory.FullName, "src", "KnowledgeGraph.Worker", "bin", "Release", "net10.0", "knowledgegraph.dll");
                Assert.SkipUnless(File.Exists(executable), $"the Release executable is not built ({executable}); run dotnet build -c Release");
                return script;
            }
        }

        Assert.Skip("./kg not found beside KnowledgeGraph.sln above the test binaries");
        return null!;
    }

    private static async Task<TestSupport.CliResult> RunAsync(string script, string workingDirectory, CancellationToken cancellationToken, params string[] arguments)
    {
        // Started directly, not through sh: the shebang line and the executable bit are part of what is tested.
        var start = new ProcessStartInfo(script)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new TestSupport.CliResult(process.ExitCode, await output, await error);
    }
}
