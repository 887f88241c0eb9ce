namespace AIMediaTracker.Web.Cli;

/// <summary>A progress bar on a terminal; plain progress lines when stderr is redirected (CI, logs).</summary>
internal sealed class ProgressReporter(int total, TextWriter writer, bool interactive)
{
    private int done;
    private int lastPercentLine = -1;

    public static ProgressReporter ForStderr(int total) => new(total, Console.Error, !Console.IsErrorRedirected);

    public void Advance(string label)
    {
        done++;
        if (total == 0)
        {
            // Feed items: the count is unknown in advance, so a counter rather than a bar.
            writer.Write(interactive ? $"\r{done} article(s) traité(s) {label,-60}" : $"{done} {label}\n");
            return;
        }
        var percent = done * 100 / total;
        if (interactive)
        {
            const int width = 30;
            var filled = width * percent / 100;
            var name = label.Length > 40 ? "…" + label[^39..] : label;
            writer.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {done}/{total} {percent,3} % {name,-40}");
            if (done == total) writer.WriteLine();
        }
        else if (percent / 10 != lastPercentLine || done == total)
        {
            lastPercentLine = percent / 10;
            writer.WriteLine($"{done}/{total} ({percent} %) {label}");
        }
    }
}
