namespace TrialWarehouse.Warehouse.Tests;
