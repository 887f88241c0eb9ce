using System.Security.Cryptography;
using System.Text;
using AIMediaTracker.Data;
using AIMediaTracker.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace AIMediaTracker.Web.Security;

/// <summary>
/// Operator accounts and their API keys. Passwords go through the framework's hasher (PBKDF2,
/// salted, versioned); API keys are random 256-bit values stored as SHA-256, which is enough for
/// secrets with that much entropy and lets a request's key be found by an index lookup.
/// </summary>
public sealed class OperatorAccounts(TrackerDbContext db, TimeProvider clock)
{
    public const int MinimumPasswordLength = 12;
    private const string KeyPrefix = "aimt_";
    private static readonly PasswordHasher<Operator> Hasher = new();

    public async Task<Operator> CreateAsync(string name, string password, CancellationToken ct)
    {
        name = (name ?? "").Trim();
        if (name.Length is 0 or > 100 || name.Any(char.IsControl))
            throw new ArgumentException("Le nom d'opérateur doit compter de 1 à 100 caractères imprimables.");
        if (string.IsNullOrWhiteSpace(password))
            throw new ArgumentException("Le mot de passe ne peut pas être vide ni fait seulement d'espaces.");
        if (password.Length < MinimumPasswordLength)
            throw new ArgumentException($"Le mot de passe doit compter au moins {MinimumPasswordLength} caractères.");
        if (await FindAsync(name, ct) is { } existing)
            throw new ArgumentException($"L'opérateur « {existing.Name} » existe déjà (les noms ne distinguent pas majuscules et minuscules).");
        var account = new Operator { Name = name, PasswordHash = "", CreatedAt = clock.GetUtcNow() };
        account.PasswordHash = Hasher.HashPassword(account, password!);
        db.Operators.Add(account);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same name created at the same moment by another process: the database's case-blind
            // unique index refused the second one.
            db.Entry(account).State = EntityState.Detached;
            throw new ArgumentException($"L'opérateur « {name} » existe déjà (les noms ne distinguent pas majuscules et minuscules).");
        }
        return account;
    }

    /// <summary>The operator when name and password match; null otherwise, without saying which was wrong.</summary>
    public async Task<Operator?> VerifyPasswordAsync(string name, string password, CancellationToken ct)
    {
        var account = await FindAsync(name, ct);
        if (account is null)
        {
            // Same work as a real check, so response time does not reveal which names exist.
            Hasher.VerifyHashedPassword(new Operator { Name = "", PasswordHash = "" }, DummyHash, password ?? "");
            return null;
        }
        var result = Hasher.VerifyHashedPassword(account, account.PasswordHash, password ?? "");
        if (result == PasswordVerificationResult.Failed) return null;
        if (result == PasswordVerificationResult.SuccessRehashNeeded)
        {
            account.PasswordHash = Hasher.HashPassword(account, password!);
            await db.SaveChangesAsync(ct);
        }
        return account;
    }

    /// <summary>Creates a key and returns it in clear: the only time it is ever visible.</summary>
    public async Task<string> CreateApiKeyAsync(string operatorName, string label, CancellationToken ct)
    {
        var account = await FindAsync(operatorName, ct)
            ?? throw new ArgumentException($"Aucun opérateur « {operatorName} ».");
        var key = KeyPrefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        db.ApiKeys.Add(new ApiKey
        {
            OperatorId = account.Id, Label = string.IsNullOrWhiteSpace(label) ? "clé" : label.Trim()[..Math.Min(100, label.Trim().Length)],
            Prefix = key[..(KeyPrefix.Length + 6)], Hash = HashKey(key), CreatedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return key;
    }

    /// <summary>The operator a key belongs to, if the key exists and is not revoked.</summary>
    public async Task<Operator?> FindByApiKeyAsync(string key, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(key) || key.Length > 200) return null;
        var hash = HashKey(key);
        return await db.ApiKeys.Where(k => k.Hash == hash && k.RevokedAt == null).Select(k => k.Operator).SingleOrDefaultAsync(ct);
    }

    public Task<List<ApiKey>> KeysAsync(string operatorName, CancellationToken ct) =>
        db.ApiKeys.Where(k => k.Operator!.Name == operatorName).OrderBy(k => k.Id).ToListAsync(ct);

    public async Task RevokeApiKeyAsync(string operatorName, int keyId, CancellationToken ct)
    {
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == keyId && k.Operator!.Name == operatorName, ct)
            ?? throw new ArgumentException("Clé introuvable.");
        key.RevokedAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The account of a name, ignoring case: « alice » and « Alice » are one operator. Compared in
    /// memory with the invariant culture (operators are a handful of rows), because SQLite's lower()
    /// folds ASCII only and would let « élise » and « Élise » be two accounts. An exact match wins,
    /// for databases that already hold two names differing by case.
    /// </summary>
    private async Task<Operator?> FindAsync(string? name, CancellationToken ct)
    {
        name = (name ?? "").Trim();
        if (name.Length == 0) return null;
        var all = await db.Operators.ToListAsync(ct);
        return all.FirstOrDefault(o => o.Name == name)
            ?? all.FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.InvariantCultureIgnoreCase));
    }

    public static string HashKey(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    private static readonly string DummyHash = Hasher.HashPassword(new Operator { Name = "", PasswordHash = "" }, "aimt-no-such-operator");
}
