using System.CommandLine;
using TrialWarehouse.Warehouse;
using TrialWarehouse.Warehouse.Loading;
using TrialWarehouse.Warehouse.Privacy;

namespace TrialWarehouse.Cli;

/// <summary>The global options and the one place where failures become exit codes and one-line advice.</summary>
public static class CliApp
{
    public static readonly Option<string?> Engine = new("--engine")
    {
        Description = "duckdb (default), postgres or sqlserver; default from the Warehouse__Engine environment variable",
        Recursive = true,
    };

    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "DuckDB file or server connection string; default from ConnectionStrings__Warehouse, else data/warehouse.duckdb",
        Recursive = true,
    };

    public static readonly Option<string?> SecretFile = new("--pseudonymisation-secret-file")
    {
        Description = "file holding the secret that keys the pseudonyms of loaded ids; default from Pseudonymisation__Secret or " +
                      "Pseudonymisation__SecretFile, else (DuckDB only) pseudonymisation.secret next to the warehouse file, generated once",
        Recursive = true,
    };

    public static WarehouseOptions Options(ParseResult parse) => new()
    {
        Engine = parse.GetValue(Engine) ?? System.Environment.GetEnvironmentVariable("Warehouse__Engine") ?? "duckdb",
        ConnectionString = parse.GetValue(Connection) ?? System.Environment.GetEnvironmentVariable("ConnectionStrings__Warehouse"),
    };

    /// <summary>Opens the configured warehouse, bringing its schema up to date first.</summary>
    public static async Task<Warehouse.Warehouse> OpenAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var warehouse = Warehouse.Warehouse.Create(Options(parse));
        await Migrator.MigrateAsync(warehouse, cancellationToken);
        return warehouse;
    }

    /// <summary>A loader under the configured pseudonymisation secret, checked against the one the warehouse was built under.</summary>
    public static async Task<WarehouseLoader> LoaderAsync(ParseResult parse, Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        var pseudonyms = PseudonymisationSecret.Resolve(System.Environment.GetEnvironmentVariable("Pseudonymisation__Secret"),
            parse.GetValue(SecretFile) ?? System.Environment.GetEnvironmentVariable("Pseudonymisation__SecretFile"), PseudonymisationSecret.NextTo(warehouse.Engine),
            message => Console.Error.WriteLine($"trialwarehouse: {message}"));
        var loader = new WarehouseLoader(warehouse, TimeProvider.System, pseudonyms);
        await loader.CheckPseudonymisationAsync(cancellationToken);
        return loader;
    }

    /// <summary>Runs a verb, turning the failures a user can act on into exit codes with one line on stderr.</summary>
    public static async Task<int> Run(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (WarehouseConfigurationException e)
        {
            return Fail(ExitCodes.Usage, e.Message);
        }
        catch (WarehouseUnavailableException e)
        {
            return Fail(ExitCodes.Environment, e.Message);
        }
        catch (System.Data.Common.DbException e)
        {
            return Fail(ExitCodes.Environment, $"database error: {e.Message}");
        }
        catch (IOException e)
        {
            return Fail(ExitCodes.Environment, e.Message);
        }
        catch (UnauthorizedAccessException e)
        {
            return Fail(ExitCodes.Environment, e.Message);
        }
    }

    public static int Fail(int code, string message)
    {
        Console.Error.WriteLine($"trialwarehouse: {message}");
        return code;
    }
}
