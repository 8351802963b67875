using System.Globalization;
using KnowledgeGraph.Ingestion.Pipeline;
using Spectre.Console;

namespace KnowledgeGraph.Worker.Progress;

/// <summary>
/// Shows an ingestion's progress while it runs: a live Spectre.Console display (counts, rate, ETA) on a terminal,
/// plain periodic lines on the error stream when output is redirected or in CI, so logs and pipes stay readable.
/// </summary>
internal static class ProgressDisplay
{
    public static async Task RunAsync(Task work, IngestionProgress progress, TextWriter output, TextWriter error, ProgressOptions options, TimeProvider time)
    {
        switch (ResolveMode(options.Mode, output))
        {
            case "live":
                await RunLiveAsync(work, progress, output, time);
                break;
            case "plain":
                await RunPlainAsync(work, progress, error, options.Interval, time);
                break;
            default:
                await work;
                break;
        }
    }

    internal static string ResolveMode(string configured, TextWriter output)
    {
        var mode = (configured ?? "auto").Trim().ToLowerInvariant();
        if (mode != "auto")
        {
            return mode;
        }

        var interactive = ReferenceEquals(output, Console.Out)
            && !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return interactive ? "live" : "plain";
    }

    internal static string Line(IngestionProgress progress, TimeSpan elapsed)
    {
        var settled = progress.Settled;
        var rate = elapsed.TotalSeconds > 0 ? settled / elapsed.TotalSeconds : 0;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"progress: {progress.Read} read, {progress.Written} written, {progress.Skipped} unchanged, {progress.Failed} failed, {progress.InFlight} in flight, {rate:F0} articles/s");
        if (progress.ExpectedTotal is { } total && rate > 0 && total > settled)
        {
            line += string.Create(CultureInfo.InvariantCulture, $", ETA {TimeSpan.FromSeconds(Math.Ceiling((total - settled) / rate)):g}");
        }

        return line;
    }

    private static async Task RunPlainAsync(Task work, IngestionProgress progress, TextWriter error, TimeSpan interval, TimeProvider time)
    {
        var started = time.GetTimestamp();
        while (!work.IsCompleted)
        {
            await Task.WhenAny(work, Task.Delay(interval, time));
            if (!work.IsCompleted)
            {
                await error.WriteLineAsync(Line(progress, time.GetElapsedTime(started)));
                await error.FlushAsync();
            }
        }

        await work;
    }

    private static async Task RunLiveAsync(Task work, IngestionProgress progress, TextWriter output, TimeProvider time)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        var started = time.GetTimestamp();
        await console.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingesting", autoStart: true, maxValue: Math.Max(1, progress.ExpectedTotal ?? 1));
                task.IsIndeterminate = progress.ExpectedTotal is null;
                while (true)
                {
                    var settled = progress.Settled;
                    if (progress.ExpectedTotal is { } total)
                    {
                        task.MaxValue = Math.Max(total, settled);
                    }

                    task.Value = settled;
                    task.Description = Markup.Escape(string.Create(
                        CultureInfo.InvariantCulture,
                        $"read {progress.Read}  written {progress.Written}  unchanged {progress.Skipped}  failed {progress.Failed}  {settled / Math.Max(time.GetElapsedTime(started).TotalSeconds, 0.001):F0}/s"));
                    if (work.IsCompleted)
                    {
                        task.Value = task.MaxValue;
                        task.StopTask();
                        break;
                    }

                    await Task.WhenAny(work, Task.Delay(200));
                }
            });
        await work;
    }
}
