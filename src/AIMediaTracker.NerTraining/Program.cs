using AIMediaTracker.Core.Ner;
using AIMediaTracker.NerTraining;

// dotnet run --project src/AIMediaTracker.NerTraining [-- --shared DIR] : rebuilds Core/Data/ner-fr.model.
var repository = Directory.GetCurrentDirectory();
while (!File.Exists(Path.Combine(repository, "AIMediaTracker.sln")))
    repository = Path.GetDirectoryName(repository) ?? throw new InvalidOperationException("Run inside the repository.");
var at = Array.IndexOf(args, "--shared");
var shared = at >= 0 && at + 1 < args.Length ? args[at + 1] : Path.Combine(repository, "..", "shared");
var output = Path.Combine(repository, "src", "AIMediaTracker.Core", "Data", NerTagger.ModelFile);

var clock = System.Diagnostics.Stopwatch.StartNew();
var bytes = new TrainingSources(Path.GetFullPath(shared), repository).Build(new PerceptronTrainer.Settings());
File.WriteAllBytes(output, bytes);
var model = PerceptronModel.Read(bytes);
Console.WriteLine($"{output}: {bytes.Length:N0} bytes, {model.Features:N0} features, {clock.Elapsed.TotalSeconds:F1} s");
Console.WriteLine(model.Header);
var evaluate = Array.IndexOf(args, "--evaluate");
if (evaluate >= 0 && evaluate + 1 < args.Length) Evaluation.Print(model, args[evaluate + 1], Console.Out);
