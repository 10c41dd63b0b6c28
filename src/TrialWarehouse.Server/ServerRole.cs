using TrialWarehouse.Warehouse;

namespace TrialWarehouse.Server;

/// <summary>What one server process does: everything, only the HTTP API (jobs are queued, not run), or only the jobs.</summary>
public enum ServerRole
{
    All,
    Api,
    Worker,
}

public static class ServerRoles
{
    /// <summary>
    /// The role from <c>--role</c> or <c>Server:Role</c> (default <c>all</c>). Only <c>all</c> on the embedded DuckDB
    /// warehouse: it is one process, and its jobs live in that process's memory.
    /// </summary>
    public static ServerRole Read(IConfiguration configuration)
    {
        var text = configuration["role"] ?? configuration["Server:Role"] ?? "all";
        if (!Enum.TryParse<ServerRole>(text, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(text, out _))
            throw new WarehouseConfigurationException($"--role (Server:Role) is \"{text}\"; use all (the default), api or worker");
        var engine = new WarehouseOptions { Engine = configuration["Warehouse:Engine"] ?? "duckdb" }.ParseEngine();
        if (role != ServerRole.All && engine == WarehouseEngine.DuckDb)
            throw new WarehouseConfigurationException(
                $"--role {text.ToLowerInvariant()} needs a server warehouse: the embedded DuckDB warehouse allows one process, which runs both the " +
                "API and the jobs (--role all). For separate API and worker processes set Warehouse:Engine to postgres or sqlserver.");
        return role;
    }
}
