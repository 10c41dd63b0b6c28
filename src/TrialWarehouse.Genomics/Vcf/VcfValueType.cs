namespace TrialWarehouse.Genomics.Vcf;

public enum VcfValueType
{
    Integer,
    Float,
    Flag,
    Character,
    String,
}
