using System.Buffers;
using System.Globalization;

namespace AIMediaTracker.Ingestion.Fetching;

/// <summary>
/// Reads a response body but never holds more than the cap: it stops as soon as one byte too many
/// arrives. The handler decompresses before us, so the cap counts decompressed bytes and a small
/// gzip that inflates to gigabytes is cut off after the cap.
/// </summary>
public sealed class CappedReader(long maxBytes)
{
    public async Task<byte[]> ReadAsync(HttpContent content, CancellationToken ct)
    {
        if (content.Headers.ContentLength > maxBytes) throw TooLarge();
        var body = new MemoryStream((int)Math.Min(content.Headers.ContentLength ?? 64 * 1024, maxBytes));
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            await using var stream = await content.ReadAsStreamAsync(ct);
            while (true)
            {
                // Ask for at most one byte past the cap: enough to know it is exceeded, never more.
                var wanted = (int)Math.Min(chunk.Length, maxBytes - body.Length + 1);
                var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), ct);
                if (read == 0) break;
                if (body.Length + read > maxBytes) throw TooLarge();
                body.Write(chunk, 0, read);
            }
        }
        catch (InvalidDataException e)
        {
            throw new FetchException(FetchFailure.HttpError, "Contenu compressé illisible (gzip, brotli ou deflate invalide)", e);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            throw new FetchException(FetchFailure.Unreachable, "Lecture de la page interrompue par le réseau", e);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return body.ToArray();
    }

    private FetchException TooLarge() => new(FetchFailure.TooLarge, $"Page trop volumineuse : plus de {Size(maxBytes)}");

    private static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 when bytes % (1024 * 1024) == 0 => $"{bytes / (1024 * 1024)} Mo",
        >= 1024 * 1024 => $"{(bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.GetCultureInfo("fr-FR"))} Mo",
        >= 1024 => $"{bytes / 1024} Ko",
        _ => $"{bytes} octets",
    };
}
