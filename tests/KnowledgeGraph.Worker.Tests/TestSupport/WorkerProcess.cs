using System.Diagnostics;

namespace KnowledgeGraph.Worker.Tests.TestSupport;

/// <summary>Starts the real built worker executable (copied next to the tests by the project reference).</summary>
internal static class WorkerProcess
{
    public static string ExecutablePath => Path.Combine(AppContext.BaseDirectory, "knowledgegraph.dll");

    public static Process Start(string workingDirectory, IEnumerable<string> arguments, bool redirectInput = false, IReadOnlyDictionary<string, string>? environment = null)
    {
        Assert.True(File.Exists(ExecutablePath), $"worker executable not found at {ExecutablePath}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        start.ArgumentList.Add(ExecutablePath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }
}
