using System.Diagnostics;

namespace TrialWarehouse.Reports.Tests;

/// <summary>
/// Runs the command-line PDF tools the tests read rendered reports with: pdftotext and pdfinfo (Debian package
/// poppler-utils) and qpdf (package qpdf). When a tool is missing the test is skipped with the reason, except under
/// CI (environment variable CI set), where that is a failure.
/// </summary>
internal static class PdfTools
{
    private static readonly Dictionary<string, string> Packages = new(StringComparer.Ordinal)
    {
        ["pdftotext"] = "poppler-utils",
        ["pdfinfo"] = "poppler-utils",
        ["pdftoppm"] = "poppler-utils",
        ["qpdf"] = "qpdf",
    };

    /// <summary>The tool's output (stdout), failing the test when it exits with an error.</summary>
    public static string Run(string tool, params string[] arguments)
    {
        var (exitCode, stdout, stderr) = RunRaw(tool, arguments);
        Assert.True(exitCode == 0, $"{tool} {string.Join(' ', arguments)} exited with {exitCode}: {stderr}{stdout}");
        return stdout;
    }

    public static (int ExitCode, string Stdout, string Stderr) RunRaw(string tool, params string[] arguments)
    {
        var path = Require(tool);
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout, stderr.GetAwaiter().GetResult());
    }

    /// <summary>Text of the whole document, or of one page, in physical layout (a table row stays on one line).</summary>
    public static string Text(string pdf, int? page = null) => page is { } p
        ? Run("pdftotext", "-layout", "-enc", "UTF-8", "-f", $"{p}", "-l", $"{p}", pdf, "-")
        : Run("pdftotext", "-layout", "-enc", "UTF-8", pdf, "-");

    public static int PageCount(string pdf)
    {
        var line = Run("pdfinfo", pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal));
        return int.Parse(line["Pages:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Writes the PDF to a temporary file that is deleted when the returned handle is disposed.</summary>
    public static TempPdf Save(byte[] bytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tw-report-test-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, bytes);
        return new TempPdf(path);
    }

    private static string Require(string tool)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }

        var reason = $"{tool} is not installed (apt-get install -y {Packages.GetValueOrDefault(tool, tool)})";
        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            throw new InvalidOperationException($"PDF tool tests cannot run under CI: {reason}");
        }

        throw new SkipException(reason);
    }
}

internal sealed class TempPdf(string path) : IDisposable
{
    public string Path { get; } = path;

    public void Dispose() => File.Delete(Path);
}
