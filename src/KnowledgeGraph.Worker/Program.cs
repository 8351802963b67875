using KnowledgeGraph.Worker.Cli;

return await KnowledgeGraphCli.InvokeAsync(args, Console.Out, Console.Error);
