using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace AIMediaTracker.Bench;

/// <summary>
/// Time per SQL statement, from EF's diagnostic events, for every context of the process (the site's
/// and the importer's alike). A reader's time runs to its disposal, so it includes reading the rows,
/// which EF's own « Executed DbCommand » log leaves out. Steps are named by <see cref="Step"/>; the
/// profile runs one step at a time, so a process-wide name is enough.
/// </summary>
public sealed class StatementProfile : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly ConcurrentDictionary<(string Step, string Sql), Totals> totals = new();
    private readonly IDisposable subscription;
    private readonly List<IDisposable> listeners = [];

    public string Step { get; set; } = "";

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
            case DataReaderDisposingEventData r: Add(r.Command.CommandText, r.Duration, r.ReadCount); break;
            case CommandExecutedEventData c when c.ExecuteMethod != DbCommandMethod.ExecuteReader: Add(c.Command.CommandText, c.Duration, 0); break;
        }
    }

    private void Add(string sql, TimeSpan duration, long rows)
    {
        var t = totals.GetOrAdd((Step, Shorten(sql)), _ => new Totals());
        lock (t) { t.Count++; t.Ms += duration.TotalMilliseconds; t.Rows += rows; }
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
