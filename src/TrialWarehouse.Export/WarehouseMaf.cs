using TrialWarehouse.Genomics.Maf;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Export;

/// <summary>
/// The warehouse's mutations as a MAF, written by the same <see cref="MafWriter"/> and <see cref="MafRow"/> as
/// <c>vcf to-maf</c>: the warehouse keeps the core of each call, so the VEP-only columns (and the REF and normal
/// counts, which the warehouse does not keep) stay empty.
/// </summary>
public static class WarehouseMaf
{
    public static async Task<long> WriteAsync(WarehouseReader reader, PatientFilter filter, TextWriter output, CancellationToken cancellationToken = default) =>
        Write(await Cohort.ReadAsync(reader, filter, cancellationToken), output);

    public static long Write(Cohort cohort, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var writer = new MafWriter(output);
        writer.Start();
        long rows = 0;
        foreach (var call in cohort.VariantCalls())
        {
            writer.Write(MafRow.For(call, null));
            rows++;
        }

        return rows;
    }
}
