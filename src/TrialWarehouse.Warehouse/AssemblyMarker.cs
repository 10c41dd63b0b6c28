namespace TrialWarehouse.Warehouse;
