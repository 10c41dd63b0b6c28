using System.CommandLine;
using System.Globalization;
using TrialWarehouse.Warehouse.Reading;

namespace TrialWarehouse.Cli.Commands;

public static class FilesCommand
{
    public static Command Create()
    {
        var all = new Option<bool>("--all") { Description = "also list superseded and withdrawn files" };
        var command = new Command("files", "List the files loaded into the warehouse (the lineage ledger): name, kind, rows, when, content hash.")
        {
            all,
        };
        command.SetAction((parse, cancellationToken) => CliApp.Run(async () =>
        {
            var warehouse = await CliApp.OpenAsync(parse, cancellationToken);
            var files = (await new WarehouseReader(warehouse).SourceFilesAsync(cancellationToken))
                .Where(f => parse.GetValue(all) || f.Status == "loaded")
                .ToList();
            Console.WriteLine($"{"loaded at",-17} {"status",-10} {"kind",-13} {"rows",8}  {"hash",-12}  file");
            foreach (var f in files)
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{f.LoadedAt,-17:yyyy-MM-dd HH:mm} {f.Status,-10} {f.Kind,-13} {f.RowsLoaded,8}  {f.ContentHash[..Math.Min(12, f.ContentHash.Length)],-12}  {f.FileName}"));
            Console.WriteLine($"{files.Count} file(s)");
            return ExitCodes.Success;
        }));
        return command;
    }
}
