using KnowledgeGraph.Worker.Telemetry;
using KnowledgeGraph.Worker.Tests.TestSupport;

namespace KnowledgeGraph.Worker.Tests.Telemetry;

public sealed class TelemetryOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-5000)]
    public void Validate_ExportIntervalNotPositive_FailsNamingTheKey(int milliseconds)
    {
        var result = new TelemetryOptionsValidator().Validate(null, new TelemetryOptions { ExportInterval = TimeSpan.FromMilliseconds(milliseconds) });

        Assert.True(result.Failed);
        Assert.Contains("Telemetry:ExportInterval must be", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_TelemetryExportIntervalZero_ExitsTwoNamingTheKey()
    {
        using var folder = new TempFolder();

        var result = await TestSupport.Cli.RunAsync("ingest", folder.Path, "--store", folder.Combine("kg.db"), "-c", "Telemetry:ExportInterval=00:00:00", "-c", "Progress:Mode=none");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("configuration error: Telemetry:ExportInterval must be", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_TelemetryExportIntervalPositive_IsAccepted()
    {
        using var folder = new TempFolder();
        var article = folder.Write("in/talks.txt", "Talks resume\n\nThe delegations met in Geneva on Monday.");

        var result = await TestSupport.Cli.RunAsync("ingest", article, "--store", folder.Combine("kg.db"), "-c", "Telemetry:ExportInterval=00:00:00.500", "-c", "Progress:Mode=none");

        Assert.True(result.ExitCode == 0, result.ToString());
    }
}
