using System.Text.Json;

namespace AIMediaTracker.Web.Tests.Support;

/// <summary>
/// Checks a JSON answer against a schema of an OpenAPI 3.1 document: every property it returns is
/// documented, every required one is present, and each value has a documented type; nested objects
/// and arrays are followed, <c>$ref</c>s resolved in <c>components/schemas</c>. Returns the mismatches.
/// </summary>
public sealed class OpenApiSchemaCheck(JsonElement document)
{
    public List<string> Check(JsonElement schema, JsonElement value, string at = "$")
    {
        var errors = new List<string>();
        Walk(Resolve(schema), value, at, errors);
        return errors;
    }

    public JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!.Split('/')[^1];
            if (!document.GetProperty("components").GetProperty("schemas").TryGetProperty(name, out schema))
                throw new InvalidOperationException($"unresolved $ref {reference.GetString()}");
        }
        return schema;
    }

    private void Walk(JsonElement schema, JsonElement value, string at, List<string> errors)
    {
        var types = Types(schema);
        var kind = Kind(value);
        if (types.Count > 0 && !types.Contains(kind) && !(kind == "integer" && types.Contains("number")))
        {
            errors.Add($"{at}: {kind} where the document says {string.Join(" or ", types)}");
            return;
        }
        if (value.ValueKind == JsonValueKind.Object)
        {
            var properties = schema.TryGetProperty("properties", out var p) ? p : default;
            foreach (var property in value.EnumerateObject())
            {
                if (properties.ValueKind != JsonValueKind.Object || !properties.TryGetProperty(property.Name, out var propertySchema))
                    errors.Add($"{at}.{property.Name}: returned but not documented");
                else
                    Walk(Resolve(propertySchema), property.Value, $"{at}.{property.Name}", errors);
            }
            if (schema.TryGetProperty("required", out var required))
                foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                    if (!value.TryGetProperty(name, out _)) errors.Add($"{at}.{name}: required but missing");
        }
        else if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var element in value.EnumerateArray()) Walk(Resolve(items), element, $"{at}[{i++}]", errors);
        }
    }

    private static List<string> Types(JsonElement schema) => !schema.TryGetProperty("type", out var type) ? []
        : type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToList() : [type.GetString()!];

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "object",
        JsonValueKind.Array => "array",
        JsonValueKind.String => "string",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        _ => "null",
    };
}
