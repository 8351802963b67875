using System.Text.RegularExpressions;
using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

namespace KnowledgeGraph.Neo4j.Tests.Support;

/// <summary>
/// A real Neo4j for integration tests: the server named by NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE),
/// else a Testcontainers container of the SAME image as docker-compose.yml when a Docker engine is available, else
/// nothing — with the reason, for Assert.Skip.
/// </summary>
public sealed class RealNeo4j : IAsyncLifetime
{
    private const string ContainerPassword = "kg-integration-test";
    private IContainer? container;

    public Uri? Uri { get; private set; }

    public string User { get; private set; } = "neo4j";

    public string Password { get; private set; } = "";

    public string Database { get; private set; } = "neo4j";

    public string? UnavailableReason { get; private set; }

    /// <summary>The Neo4j image pinned in docker-compose.yml, so tests and deployment cannot drift.</summary>
    public static string ComposeImage()
    {
        var compose = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docker-compose.yml"));
        var match = Regex.Match(compose, @"^\s*image:\s*[""']?(?<image>neo4j:[^\s""']+)", RegexOptions.Multiline);
        return match.Success ? match.Groups["image"].Value : throw new InvalidOperationException("docker-compose.yml names no neo4j image");
    }

    public async ValueTask InitializeAsync()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (!string.IsNullOrWhiteSpace(uri))
        {
            Uri = new Uri(uri);
            User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j";
            Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD") ?? "";
            Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j";
            return;
        }

        var docker = await DockerEndpointAsync();
        if (docker is null)
        {
            UnavailableReason = "no Neo4j: NEO4J_URI is not set and no Docker engine was found (set NEO4J_URI=http://host:7474 with NEO4J_USER/NEO4J_PASSWORD, or run with Docker)";
            return;
        }

        try
        {
            container = new ContainerBuilder(ComposeImage())
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{ContainerPassword}")
                .WithPortBinding(7474, assignRandomHostPort: true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
                .Build();
            await container.StartAsync();
            Uri = new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}");
            Password = ContainerPassword;
        }
        catch (Exception ex) when (ex is DockerUnavailableException or InvalidOperationException or TimeoutException or HttpRequestException)
        {
            UnavailableReason = $"Docker engine found but the {ComposeImage()} container could not start: {ex.Message}";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (container is not null)
        {
            await container.DisposeAsync();
        }
    }

    /// <summary>Testcontainers' own Docker discovery, bounded in time so a missing engine can never hang the tests.</summary>
    private static async Task<IDockerEndpointAuthenticationConfiguration?> DockerEndpointAsync()
    {
        var discovery = Task.Run(() =>
        {
            try
            {
                return TestcontainersSettings.OS.DockerEndpointAuthConfig;
            }
            catch (Exception ex) when (ex is DockerUnavailableException or InvalidOperationException or TypeInitializationException or IOException)
            {
                return null;
            }
        });
        var finished = await Task.WhenAny(discovery, Task.Delay(TimeSpan.FromSeconds(15)));
        return finished == discovery ? await discovery : null;
    }
}
