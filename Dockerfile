# syntax=docker/dockerfile:1
# The KnowledgeGraph worker (assembly `knowledgegraph`). Built by docker-compose.yml; runs `run` by default.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/ src/
# The bench verb's workloads live outside the product libraries (tools/KnowledgeGraph.Benchmarks).
COPY tools/KnowledgeGraph.Benchmarks/ tools/KnowledgeGraph.Benchmarks/
COPY cypher/ cypher/
RUN dotnet publish src/KnowledgeGraph.Worker/KnowledgeGraph.Worker.csproj \
      --configuration Release \
      --output /app/publish \
      -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
# The Cypher templates travel with the binaries (the Worker project copies cypher/** to its output).
COPY --from=build /app/publish ./
# inbox/ is mounted from the host; state/ holds the embedded store / ingestion journal (a named volume).
RUN mkdir -p /app/inbox /app/state && chown -R app:app /app/inbox /app/state
# The non-root user that the .NET images provide.
USER app
ENV DOTNET_ENVIRONMENT=Production \
    Neo4j__TemplatesPath=/app/cypher
ENTRYPOINT ["dotnet", "knowledgegraph.dll"]
CMD ["run"]
