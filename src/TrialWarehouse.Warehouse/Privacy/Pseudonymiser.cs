using System.Security.Cryptography;
using System.Text;

namespace TrialWarehouse.Warehouse.Privacy;

/// <summary>
/// Keyed pseudonyms for the identifiers hospital files carry (patients, samples, the models grown from samples):
/// HMAC-SHA-256 under the site's secret, so the same id always gets the same pseudonym and nobody without the secret
/// can compute one from a known hospital id (a plain hash of "PT0001" could be found by trying every id).
/// </summary>
/// <remarks>
/// A pseudonym is a prefix (P, S, M) and the first 80 bits of the MAC in Crockford's base32: 16 characters that read
/// and type without confusion. Among n ids the chance of any two sharing one is about n²/2^81 (1e-12 for a million
/// patients); <c>identifier_map</c> refuses a second id under a pseudonym, so even that fails loudly.
/// </remarks>
public sealed class Pseudonymiser
{
    /// <summary>The setting that holds the secret, named in every error about it.</summary>
    public const string SecretSetting = "Pseudonymisation:Secret";

    public const int MinimumSecretLength = 32;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private readonly byte[] key;

    public Pseudonymiser(string secret)
    {
        if (string.IsNullOrWhiteSpace(secret) || secret.Trim().Length < MinimumSecretLength)
            throw new WarehouseConfigurationException(
                $"{SecretSetting} must hold at least {MinimumSecretLength} characters (e.g. `openssl rand -base64 48`); it keys the pseudonyms of patients and samples");
        key = Encoding.UTF8.GetBytes(secret.Trim());
        Fingerprint = Convert.ToHexStringLower(Mac("fingerprint", "")[..8]);
    }

    /// <summary>Names the secret without revealing it: a warehouse records the fingerprint it was built under.</summary>
    public string Fingerprint { get; }

    public string Patient(string id) => Pseudonym('P', "patient", id);
    public string Sample(string id) => Pseudonym('S', "sample", id);
    public string Model(string id) => Pseudonym('M', "model", id);

    private string Pseudonym(char prefix, string kind, string id)
    {
        var mac = Mac(kind, id);
        // 80 bits, five bits a character, most significant first.
        var text = new char[18];
        text[0] = prefix;
        text[1] = '-';
        for (var i = 0; i < 16; i++)
        {
            var bit = i * 5;
            var pair = (mac[bit / 8] << 8) | mac[(bit / 8) + 1];
            text[2 + i] = Alphabet[(pair >> (11 - (bit % 8))) & 31];
        }
        return new string(text);
    }

    private byte[] Mac(string kind, string id) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(kind + "\u001f" + id));
}
