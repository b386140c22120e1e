using ChildrensKpi.Cli;

return await CliApp.Create(Console.Out, Console.Error, Console.IsOutputRedirected, Console.IsErrorRedirected)
    .Parse(args)
    .InvokeAsync();
