using System.Buffers;
using System.Text;
using System.Text.Json;
using AIMediaTracker.Data.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace AIMediaTracker.Data.Writing;

/// <summary>
/// The stored claims a set of new values may reach, read by index seeks around each value instead of
/// reading every claim of the values' buckets: a batch of articles touched most buckets, and reading
/// them whole grew with the database (about 100 000 rows per 500 articles at 30 000 articles, held in
/// memory at once). Within a bucket the claims are disjoint runs of values (the ledger's grouping), so the
/// claims meeting [low, high] are those starting inside it and, at most, the last one starting below it.
/// The caller tests the rows it gets against its own rule: a row too many is harmless, one missing is not.
/// </summary>
public static class NearClaims
{
    public readonly record struct Probe(string Bucket, double Low, double High);

    public readonly record struct Row(long Id, string Bucket, double MinValue, double MaxValue);

    /// <summary>Every claim near one of the probes, once, in the context's current transaction.</summary>
    public static async Task<List<Row>> ReadAsync(TrackerDbContext db, IReadOnlyCollection<Probe> probes, CancellationToken ct)
    {
        if (probes.Count == 0) return [];
        var buffer = new ArrayBufferWriter<byte>(probes.Count * 64);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var probe in probes)
            {
                json.WriteStartArray();
                json.WriteStringValue(probe.Bucket);
                json.WriteNumberValue(probe.Low);
                json.WriteNumberValue(probe.High);
                json.WriteEndArray();
            }
            json.WriteEndArray();
        }
        // Opened here when no caller holds it open (EF counts the opens, so a caller's stays open).
        await db.Database.OpenConnectionAsync(ct);
        try { return await ReadOpenAsync(db, buffer, ct); }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    private static async Task<List<Row>> ReadOpenAsync(TrackerDbContext db, ArrayBufferWriter<byte> buffer, CancellationToken ct)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@probes";
        parameter.Value = Encoding.UTF8.GetString(buffer.WrittenSpan);
        command.Parameters.Add(parameter);
        command.CommandText = DatabaseDialect.Of(db).ClaimsNearProbes(parameter.ParameterName);
        var rows = new List<Row>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
            rows.Add(new Row(reader.GetInt64(0), reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3)));
        return rows;
    }
}
