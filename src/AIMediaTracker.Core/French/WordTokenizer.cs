namespace AIMediaTracker.Core.French;

/// <summary>Splits text into <see cref="WordToken"/>s without allocating a string per token.</summary>
public static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var start = i;
            var glued = false;
            i++;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                if (char.IsUpper(text[i]) && char.IsLower(text[i - 1]))
                {
                    tokens.Add(new WordToken(start, i, glued));
                    start = i;
                    glued = true;
                }
                i++;
            }
            tokens.Add(new WordToken(start, i, glued));
        }
        return tokens;
    }
}
