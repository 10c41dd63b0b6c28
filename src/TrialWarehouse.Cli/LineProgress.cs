using TrialWarehouse.Ingestion;

namespace TrialWarehouse.Cli;

/// <summary>Prints each file's outcome as it finishes; synchronous, unlike Progress&lt;T&gt;, so lines keep their order.</summary>
internal sealed class LineProgress(string indent = "") : IProgress<FileResult>
{
    public void Report(FileResult value) => Console.WriteLine(indent + value.Describe());
}
