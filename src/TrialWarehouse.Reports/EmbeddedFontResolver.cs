using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace TrialWarehouse.Reports;

/// <summary>
/// Serves the DejaVu Sans faces embedded in this assembly for every family name, so a report looks the same on
/// every host and never silently picks up a system font. Only the upright faces are shipped: the report theme uses
/// no italic (every embedded face costs about 24 KB of font program per report, and time to subset and compress
/// it), and a request for italic is served by slanting the upright face, as DejaVu Sans Oblique itself does.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public const string FamilyName = "DejaVu Sans";

    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock RegistrationLock = new();
    private static readonly ConcurrentDictionary<string, byte[]> FaceCache = new(StringComparer.Ordinal);

    private EmbeddedFontResolver()
    {
    }

    /// <summary>Installs the resolver process-wide; PDFsharp allows one resolver, so later calls are no-ops.</summary>
    public static void EnsureRegistered()
    {
        if (GlobalFontSettings.FontResolver is EmbeddedFontResolver)
        {
            return;
        }

        lock (RegistrationLock)
        {
            if (GlobalFontSettings.FontResolver is not EmbeddedFontResolver)
            {
                GlobalFontSettings.FontResolver = new EmbeddedFontResolver();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => (bold, italic) switch
    {
        (true, true) => new FontResolverInfo(Bold, mustSimulateBold: false, mustSimulateItalic: true),
        (true, false) => new FontResolverInfo(Bold),
        (false, true) => new FontResolverInfo(Regular, mustSimulateBold: false, mustSimulateItalic: true),
        _ => new FontResolverInfo(Regular),
    };

    public byte[]? GetFont(string faceName) => FaceCache.GetOrAdd(faceName, LoadFace);

    private static byte[] LoadFace(string faceName)
    {
        var resourceName = $"TrialWarehouse.Reports.Fonts.{faceName}.ttf";
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Font resource '{resourceName}' is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
