using AIMediaTracker.Core.Ner;
using AIMediaTracker.NerTraining;

namespace AIMediaTracker.Core.Tests.Ner;

public sealed class NerModelBuildTests
{
    // Retrains from the sources (about ten seconds) rather than trusting a recorded hash: the
    // committed model must be byte for byte what `dotnet run --project src/AIMediaTracker.NerTraining` writes.
    [Fact]
    public void Committed_model_is_what_the_build_command_produces_from_its_sources()
    {
        var sources = new TrainingSources(Shared(), Repository);
        var settings = new PerceptronTrainer.Settings();
        var committed = File.ReadAllBytes(Path.Combine(Repository, "src", "AIMediaTracker.Core", "Data", NerTagger.ModelFile));

        Assert.Contains(sources.Hash(settings), PerceptronModel.Read(committed).Header);
        Assert.Equal(committed, sources.Build(settings));
    }

    private static string Repository
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "AIMediaTracker.sln"))) return dir.FullName;
            throw new DirectoryNotFoundException($"AIMediaTracker.sln not found above {AppContext.BaseDirectory}.");
        }
    }

    // ../shared beside the checkout, or AIMT_SHARED where a worktree lives elsewhere.
    private static string Shared()
    {
        var shared = Environment.GetEnvironmentVariable("AIMT_SHARED") ?? Path.GetFullPath(Path.Combine(Repository, "..", "shared"));
        return Directory.Exists(Path.Combine(shared, "corpus", "ner-fr")) ? shared
            : throw new DirectoryNotFoundException($"The model's training sources are missing: expected {shared}/corpus/ner-fr (see README).");
    }

    [Fact]
    public void Embedded_model_is_the_committed_file()
    {
        var committed = PerceptronModel.Read(File.ReadAllBytes(
            Path.Combine(Repository, "src", "AIMediaTracker.Core", "Data", NerTagger.ModelFile)));
        Assert.Equal(committed.Header, NerTagger.Model.Header);
        Assert.Equal(committed.Features, NerTagger.Model.Features);
    }
}
