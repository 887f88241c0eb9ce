namespace AIMediaTracker.Core.Content;

/// <summary>
/// The first bytes of common binary formats, so a PDF or an image renamed .txt is refused by name.
/// Only signatures that no French text starts with: two-letter ones ("MZ") are left to the control-character share.
/// </summary>
public static class BinarySignatures
{
    private static readonly (string Name, byte[] Magic, int Offset)[] Known =
    [
        ("PDF", "%PDF-"u8.ToArray(), 0),
        ("PNG", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], 0),
        ("JPEG", [0xFF, 0xD8, 0xFF], 0),
        ("GIF", "GIF8"u8.ToArray(), 0),
        ("WebP", "WEBP"u8.ToArray(), 8),
        ("ZIP/Office", [0x50, 0x4B, 0x03, 0x04], 0),
        ("gzip", [0x1F, 0x8B], 0),
        ("xz", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], 0),
        ("7z", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], 0),
        ("RAR", "Rar!"u8.ToArray(), 0),
        ("ELF", [0x7F, 0x45, 0x4C, 0x46], 0),
        ("Office 97-2003", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], 0),
        ("SQLite", "SQLite format 3\0"u8.ToArray(), 0),
        ("MP4/QuickTime", "ftyp"u8.ToArray(), 4),
        ("MP3", "ID3"u8.ToArray(), 0),
        ("Ogg", "OggS"u8.ToArray(), 0),
        ("WebAssembly", [0x00, 0x61, 0x73, 0x6D], 0),
    ];

    /// <summary>The format's name when <paramref name="bytes"/> start like a known binary format, else null.</summary>
    public static string? Find(ReadOnlySpan<byte> bytes)
    {
        foreach (var (name, magic, offset) in Known)
            if (bytes.Length >= offset + magic.Length && bytes.Slice(offset, magic.Length).SequenceEqual(magic)) return name;
        return null;
    }
}
