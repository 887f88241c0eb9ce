using System.Text;
using AIMediaTracker.Core.Content;

namespace AIMediaTracker.Core.Tests.Content;

public class DocumentReaderTests
{
    [Theory]
    [InlineData(DocumentFormat.PlainText, "Titre\0 de l'article\nLe texte\u0001 de l'article,\tavec une tabulation\u0085.")]
    [InlineData(DocumentFormat.Html, "<title>Titre&#0; de l'article</title><p>Le texte&#1; de l'article,\tavec une tabulation\u0002.</p>")]
    public void Removes_control_characters_but_tab_and_newline(DocumentFormat format, string input)
    {
        var doc = DocumentReader.Read(Encoding.UTF8.GetBytes(input), format);
        Assert.DoesNotContain(doc.FullText, c => c < ' ' && c is not ('\t' or '\n') || c is >= '\u007F' and <= '\u009F');
        Assert.Contains("Le texte de l'article,", doc.Body);
        // HTML folds whitespace; plain text keeps its tabs.
        if (format == DocumentFormat.PlainText) Assert.Contains('\t', doc.Body);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "PNG")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A }, "PDF")]
    [InlineData(new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0x00 }, "ZIP")]
    public void Refuses_known_binary_formats_by_name(byte[] bytes, string name)
    {
        var e = Assert.Throws<UnreadableContentException>(() => DocumentReader.Read(bytes, DocumentFormat.PlainText));
        Assert.Contains(name, e.Message);
    }

    [Fact]
    public void Refuses_bytes_full_of_control_characters()
    {
        var bytes = new byte[4096];
        new Random(3).NextBytes(bytes);
        bytes[0] = (byte)'x';
        var e = Assert.Throws<UnreadableContentException>(() => DocumentReader.Read(bytes, DocumentFormat.PlainText));
        Assert.Contains("binaire", e.Message);
    }

    [Fact]
    public void A_stray_nul_in_a_long_text_is_cleaned_not_refused()
    {
        var text = "Un accord signé\n" + string.Concat(Enumerable.Repeat("Le groupe a signé un accord avec une entreprise d'IA. ", 20)) + "\0";
        var doc = DocumentReader.Read(Encoding.UTF8.GetBytes(text), DocumentFormat.PlainText);
        Assert.EndsWith("d'IA.", doc.Body.TrimEnd());
    }
}
