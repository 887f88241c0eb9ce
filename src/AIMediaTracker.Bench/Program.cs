using AIMediaTracker.Bench;

return await BenchCommand.RunAsync(args);
