namespace TrialWarehouse.Genomics.Bench;

/// <summary>The process's peak resident set size (VmHWM in /proc/self/status), in MiB; null off Linux.</summary>
internal static class PeakMemory
{
    public static double? MegabytesSoFar()
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path))
        {
            return null;
        }

        foreach (string line in File.ReadLines(path))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
            }
        }

        return null;
    }
}
