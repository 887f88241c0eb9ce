using AIMediaTracker.Web.Cli;

// One executable: no argument (or `serve`) starts the site; the other subcommands are in Cli/.
return await CommandLine.RunAsync(args);
