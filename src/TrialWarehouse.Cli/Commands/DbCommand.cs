using System.CommandLine;
using TrialWarehouse.Warehouse;

namespace TrialWarehouse.Cli.Commands;

public static class DbCommand
{
    public static Command Create()
    {
        var migrate = new Command("migrate", "Apply the schema migrations the warehouse has not seen (db/<engine>/NNN_*.sql).");
        migrate.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            var warehouse = Warehouse.Warehouse.Create(CliApp.Options(parse));
            var applied = await Migrator.MigrateAsync(warehouse, cancellationToken);
            Console.WriteLine(applied.Count == 0
                ? $"{warehouse.Engine.Describe()}: up to date"
                : $"{warehouse.Engine.Describe()}: applied {string.Join(", ", applied)}");
            return ExitCodes.Success;
        }));
        return new Command("db", "Database maintenance.") { Subcommands = { migrate } };
    }
}
