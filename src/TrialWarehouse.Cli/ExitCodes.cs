namespace TrialWarehouse.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int Usage = 1;
    public const int RejectedInput = 2;
    public const int Environment = 3;
}
