using System.Diagnostics;
using KnowledgeGraph.Neo4j.Tests.Support;

namespace KnowledgeGraph.Neo4j.Tests;

/// <summary>Runs tools/cypher-lint (Neo4j's parser and semantic analysis) over cypher/ when Node.js and the package are installed.</summary>
public sealed class CypherLintTests
{
    private static readonly string Root = TestPaths.RepositoryRoot;

    [Fact]
    public async Task Lint_RepositoryCypher_NoErrorsOrWarnings()
    {
        var (exit, output) = await LintAsync(Path.Combine(Root, "cypher"));

        Assert.True(exit == 0, output);
    }

    [Fact]
    public async Task Lint_BadCypher_ReportsFileLineColumnAndFails()
    {
        using var folder = new TemporaryFolder("kg-bad-");
        var file = Path.Combine(folder.Path, "bad.cypher");
        await File.WriteAllTextAsync(file, "MERGE (a:Person {key: 'x;y', name: \"a \\\"b; c\\\"\"});\nMATCH (n:Persn) RETURN n;\nMATCH (n) RETRN n;\n", TestContext.Current.CancellationToken);

        var (exit, output) = await LintAsync(file);

        Assert.Equal(1, exit);
        Assert.Contains(":2:10: warning: Label Persn", output, StringComparison.Ordinal);
        Assert.Contains(":3:11: error: Invalid input 'RETRN'", output, StringComparison.Ordinal);
        Assert.DoesNotContain(":1:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_ExportStyleScript_QuotesSemicolonsAndCartesianMatchesPass()
    {
        using var folder = new TemporaryFolder("kg-export-");
        var file = Path.Combine(folder.Path, "export.cypher");
        await File.WriteAllTextAsync(
            file,
            """
            // exported graph
            MERGE (n:Person {key: 'person:o-brien'}) SET n.name = 'O\'Brien; "Jr."', n.aliases = ['a;b', "c\"d"];
            MERGE (n:Country {key: 'country:x'}) SET n.name = 'X';
            MATCH (a:Person {key: 'person:o-brien'}), (b:Country {key: 'country:x'}) MERGE (a)-[r:THREATENED]->(b) SET r.evidenceSentences = [3, 12];
            """,
            TestContext.Current.CancellationToken);

        var (exit, output) = await LintAsync(file);

        Assert.True(exit == 0, output);
        Assert.Contains(":4:1: info: If a part of a query contains multiple disconnected patterns", output, StringComparison.Ordinal);
    }

    private static async Task<(int Exit, string Output)> LintAsync(string target)
    {
        if (!Directory.Exists(Path.Combine(Root, "tools/cypher-lint/node_modules/@neo4j-cypher/language-support")))
        {
            Assert.Skip("tools/cypher-lint is not installed: run `npm ci --prefix tools/cypher-lint`");
        }

        var start = new ProcessStartInfo("node", [Path.Combine(Root, "tools/cypher-lint/lint.mjs"), target])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Root,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Skip("Node.js (node) is not on PATH");
            throw;
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            return (process.ExitCode, await output + await errors);
        }
    }
}
