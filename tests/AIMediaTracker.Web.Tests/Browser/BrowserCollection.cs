namespace AIMediaTracker.Web.Tests.Browser;

/// <summary>Browser tests run one at a time: two Chromiums on two cores only slow each other down.</summary>
[CollectionDefinition("browser", DisableParallelization = true)]
public sealed class BrowserCollection;
