using System.Text;
using System.Text.RegularExpressions;

namespace TrialWarehouse.Reports.Tests;

public class InfrastructureTests
{
    [Theory]
    [InlineData("Arial", false, false, "DejaVuSans")]
    [InlineData("Times New Roman", true, false, "DejaVuSans-Bold")]
    [InlineData("DejaVu Sans", false, true, "DejaVuSans")]
    [InlineData("DejaVu Sans", true, true, "DejaVuSans-Bold")]
    public void Every_family_resolves_to_an_embedded_dejavu_face(string family, bool bold, bool italic, string face)
    {
        EmbeddedFontResolver.EnsureRegistered();
        var resolver = PdfSharp.Fonts.GlobalFontSettings.FontResolver!;

        var info = resolver.ResolveTypeface(family, bold, italic)!;
        var bytes = resolver.GetFont(info.FaceName)!;

        Assert.Equal(face, info.FaceName);
        Assert.Equal(italic, info.MustSimulateItalic);
        Assert.Equal([0x00, 0x01, 0x00, 0x00], bytes.Take(4));
    }

    [Fact]
    public void Random_tokens_are_replaced_consistently_without_changing_the_length()
    {
        var pdf = Encoding.Latin1.GetBytes(
            "/BaseFont/QWERTY+DejaVu#20Sans /FontName/QWERTY+DejaVu#20Sans /BaseFont/ASDFGH+DejaVu#20Sans " +
            "/ID[<0123456789ABCDEF0123456789ABCDEF><0123456789ABCDEF0123456789ABCDEF>] uuid:01234567-89ab-cdef-0123-456789abcdef");

        var stable = Encoding.Latin1.GetString(ReproduciblePdf.Stabilize(pdf));

        Assert.Equal(pdf.Length, stable.Length);
        var prefixes = Regex.Matches(stable, "/([A-Z]{6})\\+DejaVu").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(prefixes[0], prefixes[1]);
        Assert.NotEqual(prefixes[0], prefixes[2]);
        Assert.DoesNotContain("QWERTY", stable, StringComparison.Ordinal);
        Assert.DoesNotContain("0123456789ABCDEF", stable, StringComparison.Ordinal);
        Assert.Matches("uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", stable);
        Assert.Equal(stable, Encoding.Latin1.GetString(ReproduciblePdf.Stabilize(pdf)));
    }
}
