using AIMediaTracker.Core.Ner;
using AIMediaTracker.Core.Text;
namespace AIMediaTracker.Core.Tests.Extraction;
public sealed class TmpProbe(Xunit.Abstractions.ITestOutputHelper o)
{
    [Fact]
    public void Probe()
    {
        foreach (var f in Directory.GetFiles("/work/shared/corpus/news-fr-real", "*.txt").Order())
        {
            var t = ArticleText.From(File.ReadAllText(f));
            o.WriteLine("## " + Path.GetFileName(f) + " => " + string.Join("; ", ArticleNames.Of(t).Where(e => e.Type != "LOC").Select(e => e.Type + ":" + t.Matchable[e.Span.Start..e.Span.End] + ":" + e.Margin.ToString("F0"))));
        }
    }
}
