using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AIMediaTracker.Bench;

/// <summary>
/// Time per SQL statement, from EF's diagnostic events, for every context of the process (the site's
/// and the importer's alike). A reader's time runs to its disposal, so it includes reading the rows,
/// which EF's own « Executed DbCommand » log leaves out (EF times the execution and the reader apart: both are added). Steps are named by <see cref="Step"/>; the
/// profile runs one step at a time, so a process-wide name is enough.
/// </summary>
public sealed class StatementProfile : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<(string Step, string Sql), Totals> totals = new();
    private readonly IDisposable subscription;
    private readonly List<IDisposable> listeners = [];

    public string Step { get; set; } = "";

    /// <summary>Time in SQL since the last <see cref="TakeElapsedMs"/>, all steps together.</summary>
    public double TakeElapsedMs() => Interlocked.Exchange(ref elapsedMs, 0);

    private double elapsedMs;

    /// <summary>When set, every statement's start, duration and text, to see the gaps between them.</summary>
    public List<(DateTimeOffset Start, double Ms, string Sql)>? Timeline { get; set; }

    public StatementProfile() => subscription = DiagnosticListener.AllListeners.Subscribe(this);

    private sealed class Totals
    {
        public int Count;
        public double Ms;
        public long Rows;
    }

    public void OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name) lock (listeners) listeners.Add(listener.Subscribe(this));
    }

    public void OnNext(KeyValuePair<string, object?> e)
    {
        switch (e.Value)
        {
            // Executing (SQLite computes a grouping before the first row) and reading the rows are timed apart.
            case CommandExecutedEventData c: Add(c.Command.CommandText, c.StartTime, c.Duration, 0, statement: true); break;
            case DataReaderDisposingEventData r: Add(r.Command.CommandText, r.StartTime, r.Duration, r.ReadCount, statement: false); break;
            // A LINQ query EF had not compiled yet: compiling takes milliseconds, unlike most statements.
            case QueryExpressionEventData q when e.Key == CoreEventId.QueryCompilationStarting.Name:
                Add("(compilation EF) " + q.Expression.ToString()[..Math.Min(200, q.Expression.ToString().Length)], DateTimeOffset.UtcNow, TimeSpan.Zero, 0, statement: true);
                break;
        }
    }

    private void Add(string sql, DateTimeOffset start, TimeSpan duration, long rows, bool statement)
    {
        var text = Shorten(sql);
        if (Timeline is { } timeline) lock (timeline) timeline.Add((start, duration.TotalMilliseconds, (statement ? "" : "(lecture) ") + text[..Math.Min(120, text.Length)]));
        var t = totals.GetOrAdd((Step, text), _ => new Totals());
        lock (t) { t.Count += statement ? 1 : 0; t.Ms += duration.TotalMilliseconds; t.Rows += rows; }
        lock (totals) elapsedMs += duration.TotalMilliseconds;
    }

    // One line per statement shape: whitespace folded, long statements cut.
    private static string Shorten(string sql)
    {
        var one = string.Join(' ', sql.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return one.Length > 260 ? one[..260] + "…" : one;
    }

    public void Print(TextWriter w, int top = 12)
    {
        foreach (var step in totals.GroupBy(t => t.Key.Step))
        {
            var all = step.Sum(s => s.Value.Ms);
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"-- {step.Key}: {all:F1} ms in SQL, {step.Sum(s => s.Value.Count)} statements"));
            foreach (var s in step.OrderByDescending(s => s.Value.Ms).Take(top))
                w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {s.Value.Ms,8:F1} ms {s.Value.Count,5}x {s.Value.Rows,8} rows  {s.Key.Sql}"));
        }
    }

    public void Clear() => totals.Clear();

    public void OnCompleted() { }

    public void OnError(Exception error) { }

    public void Dispose()
    {
        subscription.Dispose();
        lock (listeners) listeners.ForEach(l => l.Dispose());
    }
}
