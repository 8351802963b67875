using KnowledgeGraph.Ingestion.Pipeline;
using KnowledgeGraph.Worker.Progress;

namespace KnowledgeGraph.Worker.Tests.Progress;

public sealed class ProgressDisplayTests
{
    [Fact]
    public void ResolveMode_AutoWithCapturedOutput_FallsBackToPlainLines()
    {
        using var output = new StringWriter();

        Assert.Equal("plain", ProgressDisplay.ResolveMode("auto", output));
        Assert.Equal("none", ProgressDisplay.ResolveMode("none", output));
    }

    [Fact]
    public void Line_WithKnownTotal_ShowsCountsRateAndEta()
    {
        var progress = new IngestionProgress { ExpectedTotal = 300 };

        var line = ProgressDisplay.Line(progress, TimeSpan.FromSeconds(10));

        Assert.StartsWith("progress: 0 read, 0 written", line, StringComparison.Ordinal);
        Assert.DoesNotContain("ETA", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_PlainMode_WritesPeriodicLinesToErrorUntilWorkEnds()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var progress = new IngestionProgress();
        var finish = new TaskCompletionSource();

        var display = ProgressDisplay.RunAsync(finish.Task, progress, output, error, new ProgressOptions { Mode = "plain", Interval = TimeSpan.FromMilliseconds(10) }, TimeProvider.System);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        finish.SetResult();
        await display;

        Assert.Contains("progress: 0 read", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }
}
