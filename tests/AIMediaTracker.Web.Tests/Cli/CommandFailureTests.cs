using AIMediaTracker.Web.Tests.Support;

namespace AIMediaTracker.Web.Tests.Cli;

/// <summary>
/// Commands run as real processes: each failure ends with one French sentence and a non-zero code,
/// never a stack trace; each refusal says why.
/// </summary>
public sealed class CommandFailureTests
{
    /// <summary>One line on stderr, no trace ("   at …"), no exception type printed by the runtime.</summary>
    private static void AssertOneSentence(CliProcess.Result result, string expected)
    {
        Assert.NotEqual(0, result.Code);
        Assert.NotEqual(134, result.Code);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.DoesNotContain("Unhandled exception", result.Error);
        Assert.Contains(expected, result.Error);
    }

    [Fact]
    public async Task Export_into_a_missing_folder_says_so()
    {
        using var cli = new CliProcess();
        var result = await cli.RunAsync(null, "export", "/nonexistent/dossier/x.jsonl");
        AssertOneSentence(result, "le dossier /nonexistent/dossier n'existe pas");
        Assert.Equal(1, result.Code);
    }

    [Fact]
    public async Task Restoring_a_row_without_a_required_column_names_the_line_and_writes_nothing()
    {
        using var cli = new CliProcess();
        var dump = Path.GetTempFileName();
        await File.WriteAllTextAsync(dump, """
            {"table":"Sources","row":{"Id":1,"Kind":"Files","Name":"dossier","CreatedAt":"2025-01-01T00:00:00.0000000+00:00"}}
            {"table":"Organizations","row":{"Id":1}}

            """);
        var result = await cli.RunAsync(null, "import-dump", dump);
        File.Delete(dump);

        AssertOneSentence(result, "Ligne 2");
        Assert.Contains("Rien n'a été écrit", result.Error);
        var export = await cli.RunAsync(null, "export");
        Assert.Equal("", export.Out);
    }

    [Fact]
    public async Task Reextract_refuses_an_unknown_option()
    {
        using var cli = new CliProcess();
        var result = await cli.RunAsync(null, "reextract", "--bogus");
        AssertOneSentence(result, "Option inconnue « --bogus »");
        Assert.Equal(2, result.Code);
    }

    [Fact]
    public async Task Add_operator_with_nothing_on_standard_input_says_why()
    {
        using var cli = new CliProcess();
        AssertOneSentence(await cli.RunAsync("", "add-operator", "alice"), "Aucun mot de passe lu sur l'entrée standard");
    }

    [Fact]
    public async Task Add_operator_refuses_a_password_of_spaces()
    {
        using var cli = new CliProcess();
        AssertOneSentence(await cli.RunAsync(new string(' ', 12) + "\n", "add-operator", "alice"), "seulement d'espaces");
    }

    [Fact]
    public async Task Operator_names_differing_only_by_case_are_one_account()
    {
        using var cli = new CliProcess();
        Assert.Equal(0, (await cli.RunAsync("un mot de passe assez long\n", "add-operator", "alice")).Code);
        AssertOneSentence(await cli.RunAsync("un autre mot de passe long\n", "add-operator", "Alice"), "L'opérateur « alice » existe déjà");
        Assert.Equal(0, (await cli.RunAsync(null, "add-api-key", "ALICE")).Code);
    }

    [Fact]
    public async Task Importing_an_empty_folder_warns_that_nothing_was_found()
    {
        using var cli = new CliProcess();
        var folder = Directory.CreateTempSubdirectory("aimt-vide-");
        var result = await cli.RunAsync(null, "import", folder.FullName);
        folder.Delete();

        AssertOneSentence(result, $"aucun fichier d'article (.txt, .md, .html) dans le dossier {folder.FullName}");
        Assert.Equal(1, result.Code);
        Assert.Equal("", (await cli.RunAsync(null, "export")).Out);
    }

    [Fact]
    public async Task Two_imports_of_one_folder_at_once_both_succeed_with_one_source()
    {
        using var cli = new CliProcess();
        var folder = Directory.CreateTempSubdirectory("aimt-double-");
        SyntheticArticles.Write(folder.FullName, 10, seed: 3);
        // The schema first, so that both imports race on the source and not on the migration.
        Assert.Equal(0, (await cli.RunAsync(null, "reextract")).Code);

        var results = await Task.WhenAll(cli.RunAsync(null, "import", folder.FullName), cli.RunAsync(null, "import", folder.FullName));
        folder.Delete(recursive: true);

        Assert.All(results, r => Assert.True(r.Code == 0, r.Error));
        var export = (await cli.RunAsync(null, "export")).Out;
        Assert.Single(export.Split('\n'), l => l.StartsWith("{\"table\":\"Sources\"", StringComparison.Ordinal));
        Assert.Equal(10, export.Split('\n').Count(l => l.StartsWith("{\"table\":\"Articles\"", StringComparison.Ordinal)));
    }
}
