using System.Diagnostics;
using KnowledgeGraph.Testing;
using KnowledgeGraph.Worker.Tests.TestSupport;
using Microsoft.AspNetCore.Http;

namespace KnowledgeGraph.Worker.Tests.Cli;

/// <summary>
/// A graph store that cannot be used at all is one line at start naming the store and the cause, exit 1, no retries
/// and no stack trace; the output paths of export and run are named with their own cause, never "unreachable".
/// </summary>
public sealed class StoreProblemTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_StoreInAFolderThatCannotBeWritten_OneLineNamingThePathAndPermissionAtOnce()
    {
        using var folder = new TempFolder();
        var article = folder.Write("a.txt", "Iran struck the base.");
        // /sys refuses new files even to root, where a chmod'ed folder would not.
        const string store = "/sys/knowledgegraph-test.db";

        var clock = Stopwatch.StartNew();
        var result = await TestSupport.Cli.RunAsync("ingest", article, "--store", store, "-c", "Progress:Mode=none");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"'{store}'", result.Error, StringComparison.Ordinal);
        Assert.Contains("permission denied", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("unreachable", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}: retried a store that cannot be opened");
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("status")]
    [InlineData("export")]
    public async Task Verb_FileThatIsNotSqlite_OneLineSayingSoAndExitOne(string verb)
    {
        using var folder = new TempFolder();
        var store = folder.Write("notes.db", "These are meeting notes, not a database. " + new string('x', 200));
        var article = folder.Write("a.txt", "Iran struck the base.");
        string[] arguments = verb switch
        {
            "ingest" => ["ingest", article, "--store", store, "-c", "Progress:Mode=none"],
            "export" => ["export", "--format", "jsonl", "--out", folder.Combine("out"), "--store", store],
            _ => ["status", "--store", store],
        };

        var result = await TestSupport.Cli.RunAsync(arguments);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal($"error: the store '{store}' cannot be used: the file is not a SQLite database", result.Error.Trim());
    }

    [Fact]
    public async Task Ingest_ReadOnlyDatabaseFile_OneLineSayingReadOnlyNotAFailurePerArticle()
    {
        using var folder = new TempFolder();
        var store = folder.Combine("kg.db");
        var inputs = folder.Combine("in");
        ArticleFiles.WriteJsonFiles(inputs, ArticleFiles.Generate(30, seed: 5));
        Assert.Equal(0, (await TestSupport.Cli.RunAsync("ingest", inputs, "--store", store, "-c", "Progress:Mode=none")).ExitCode);
        ArticleFiles.WriteJsonFiles(inputs, ArticleFiles.Generate(60, seed: 6));
        using var readOnly = ReadOnlyFile.Make(store);

        var result = await TestSupport.Cli.RunAsync("ingest", inputs, "--store", store, "-c", "Progress:Mode=none");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains($"the store '{store}' cannot be used: it is read-only", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length <= 2, result.Error);
        var status = await TestSupport.Cli.RunAsync("status", "--store", store);
        Assert.Contains("Failed inputs: 0", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_Neo4jRejectsTheCredentials_OneLineNamingTheUserExitOneAndStatusShowsIt()
    {
        using var folder = new TempFolder();
        await using var neo4j = await LoopbackWebServer.StartAsync(RejectCredentials, Token);

        var result = await IngestIntoAsync(folder, neo4j);

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: Neo4j rejected the credentials for user 'neo4j'", line, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong", result.Error, StringComparison.Ordinal);
        var status = await TestSupport.Cli.RunAsync("status", "--store", folder.Combine("journal.db"));
        Assert.Contains("Neo4j rejected the credentials for user 'neo4j'", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingest_ServerThatIsNotNeo4jAnswers501_OneLineSayingItIsNoQueryApi()
    {
        using var folder = new TempFolder();
        await using var other = await LoopbackWebServer.StartAsync(context => Answer(context, 501, "<html>Not Implemented</html>"), Token);

        var result = await IngestIntoAsync(folder, other);

        Assert.True(result.ExitCode == 1, result.ToString());
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("does not answer as a Neo4j 5.23+ Query API", line, StringComparison.Ordinal);
        Assert.Contains("HTTP 501", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_Neo4jRejectsTheCredentials_StopsWithOneLineAndNoBackgroundServiceTrace()
    {
        using var folder = new TempFolder();
        var inbox = folder.Combine("inbox");
        Directory.CreateDirectory(inbox);
        File.WriteAllText(Path.Combine(inbox, "a.txt"), "Iran struck the base.");
        await using var neo4j = await LoopbackWebServer.StartAsync(RejectCredentials, Token);

        using var process = WorkerProcess.Start(folder.Path, ["run", "--inbox", inbox, "--store", folder.Combine("journal.db"), "-c", $"Neo4j:Uri={neo4j.BaseAddress}", "-c", "Neo4j:Password=wrong"]);
        var error = process.StandardError.ReadToEndAsync(Token);
        await process.StandardOutput.ReadToEndAsync(Token);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Token);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        var text = await error;
        Assert.True(process.ExitCode == 1, text);
        Assert.Contains("error: Neo4j rejected the credentials for user 'neo4j'", text, StringComparison.Ordinal);
        Assert.DoesNotContain("BackgroundService failed", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(inbox, "a.txt")), "the inbox file was acknowledged although nothing was written");
    }

    [Theory]
    [InlineData("jsonl")]
    [InlineData("cypher")]
    public async Task Export_OutputCannotBeWritten_NamesThePathAndTheCauseNotTheStore(string format)
    {
        using var folder = new TempFolder();
        var store = folder.Combine("kg.db");
        Assert.Equal(0, (await TestSupport.Cli.RunAsync("ingest", folder.Write("a.txt", "Iran struck the base."), "--store", store, "-c", "Progress:Mode=none")).ExitCode);
        // jsonl wants a folder and gets an existing file; cypher wants a file under a folder nobody may write.
        var output = format == "jsonl" ? folder.Write("taken.txt", "x") : "/sys/knowledgegraph-test.cypher";

        var result = await TestSupport.Cli.RunAsync("export", "--format", format, "--out", output, "--store", store);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith($"error: cannot write the export to '{output}'", result.Error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("unreachable", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_InboxIsAFile_ConfigurationErrorNamingThePathAtStart()
    {
        using var folder = new TempFolder();
        var file = folder.Write("inbox.txt", "not a folder");

        var result = await TestSupport.Cli.RunAsync("run", "--inbox", file, "--store", folder.Combine("kg.db"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal($"configuration error: Sources:Inbox:Path '{file}' is a file; it must name a folder (created when missing) where articles are dropped.", result.Error.Trim());
    }

    /// <summary>Ingests one article into the given server as Neo4j, with the password "wrong".</summary>
    private static Task<CliResult> IngestIntoAsync(TempFolder folder, LoopbackWebServer server) =>
        TestSupport.Cli.RunAsync(
            "ingest", folder.Write("a.txt", "Iran struck the base."), "--store", folder.Combine("journal.db"),
            "-c", $"Neo4j:Uri={server.BaseAddress}", "-c", "Neo4j:Password=wrong", "-c", "Progress:Mode=none");

    /// <summary>Neo4j's documented answer to wrong credentials.</summary>
    private static Task RejectCredentials(HttpContext context) =>
        Answer(context, 401, """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}""");

    private static Task Answer(HttpContext context, int status, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = body.StartsWith('{') ? "application/json" : "text/html";
        return context.Response.WriteAsync(body);
    }

    /// <summary>Makes a file read-only for this process even as root (immutable attribute), restoring it on dispose.</summary>
    private sealed class ReadOnlyFile : IDisposable
    {
        private readonly string path;
        private readonly bool immutable;

        private ReadOnlyFile(string path, bool immutable)
        {
            this.path = path;
            this.immutable = immutable;
        }

        public static ReadOnlyFile Make(string path)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (OperatingSystem.IsWindows())
            {
                Assert.Skip("read-only files are made with Unix permissions or attributes here");
            }

            if (Environment.UserName != "root" && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
                return new ReadOnlyFile(path, immutable: false);
            }

            if (!Chattr("+i", path))
            {
                Assert.Skip("running as root without chattr: a read-only file cannot be made");
            }

            return new ReadOnlyFile(path, immutable: true);
        }

        public void Dispose()
        {
            if (immutable)
            {
                Chattr("-i", path);
            }
            else if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        private static bool Chattr(string flag, string target)
        {
            try
            {
                using var process = Process.Start(new ProcessStartInfo("chattr", [flag, target]) { RedirectStandardError = true, UseShellExecute = false })!;
                process.WaitForExit();
                return process.ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }
}
