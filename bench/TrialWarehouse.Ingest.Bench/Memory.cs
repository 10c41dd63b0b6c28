using System.Globalization;

namespace TrialWarehouse.Ingest.Bench;

/// <summary>Resident memory of this process from /proc/self/status (Linux), in MiB.</summary>
internal static class Memory
{
    /// <summary>Peak resident set size since the start, or since the last <see cref="ResetPeak"/>.</summary>
    public static double PeakMiB() => Read("VmHWM:");

    public static double CurrentMiB() => Read("VmRSS:");

    /// <summary>
    /// Collects garbage, then restarts the peak from the current resident size (writing 5 to /proc/self/clear_refs,
    /// Linux 4.0+), so that the next <see cref="PeakMiB"/> covers only what runs from here.
    /// </summary>
    public static void ResetPeak()
    {
        System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
        }
        catch (IOException)
        {
            // Not Linux, or a kernel without peak reset: the peak then covers the whole process.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static double Read(string field)
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
            if (line.StartsWith(field, StringComparison.Ordinal))
                return long.Parse(line[field.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024.0;
        return double.NaN;
    }
}
