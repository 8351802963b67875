using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using KnowledgeGraph.Ingestion.Telemetry;
using KnowledgeGraph.Ingestion.Tests.TestSupport;

namespace KnowledgeGraph.Ingestion.Tests.Telemetry;

public sealed class WorkerMetricsTests
{
    [Fact]
    public async Task Pipeline_Run_PublishesCountersAndLatencyHistogramsOnTheWorkerMeter()
    {
        using var harness = new PipelineHarness();
        harness.Extractor.FailingIds.Add("a00002");
        var totals = new ConcurrentDictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, harness.Metrics.Meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => totals.AddOrUpdate(instrument.Name, value, (_, old) => old + value));
        listener.SetMeasurementEventCallback<double>((instrument, _, _, _) => totals.AddOrUpdate(instrument.Name, 1, (_, old) => old + 1));
        listener.Start();

        await harness.RunAsync([harness.Document("m.jsonl", [.. PipelineHarness.Articles(12)])], TestContext.Current.CancellationToken);

        Assert.Equal(12, totals["kg.articles.read"]);
        Assert.Equal(11, totals["kg.articles.extracted"]);
        Assert.Equal(11, totals["kg.articles.written"]);
        Assert.Equal(1, totals["kg.articles.failed"]);
        Assert.Equal(12, totals["kg.extraction.duration"]);
        Assert.Equal(harness.Store.Batches.Count, totals["kg.batch.write.duration"]);
    }

    [Fact]
    public void QueueDepthGauge_WhileAPipelineIsTracked_ReportsEachStage()
    {
        using var harness = new PipelineHarness();
        var observed = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, harness.Metrics.Meter) && instrument.Name == "kg.queue.depth")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                observed[(string)tag.Value!] = value;
            }
        });
        listener.Start();

        using (harness.Metrics.TrackQueues(() => [new("check", 3), new("write", 5)]))
        {
            listener.RecordObservableInstruments();
        }

        Assert.Equal(3, observed["check"]);
        Assert.Equal(5, observed["write"]);
        observed.Clear();
        listener.RecordObservableInstruments();
        Assert.Empty(observed);
    }
}
