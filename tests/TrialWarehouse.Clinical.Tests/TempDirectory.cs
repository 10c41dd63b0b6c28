using System.Text;

namespace TrialWarehouse.Clinical.Tests;

/// <summary>A private directory for the files of one test class, deleted afterwards.</summary>
public sealed class TempDirectory : IDisposable
{
    private static readonly UTF8Encoding Utf8WithoutBom = new(encoderShouldEmitUTF8Identifier: false);

    public TempDirectory() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clinical-tests-" + Guid.NewGuid().ToString("N"));

    /// <summary>Writes the text exactly as given (no BOM, line endings untouched).</summary>
    public string Write(string fileName, string text) => WriteBytes(fileName, Utf8WithoutBom.GetBytes(text));

    public string WriteBytes(string fileName, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, fileName);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
