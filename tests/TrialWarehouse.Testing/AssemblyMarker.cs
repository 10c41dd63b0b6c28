namespace TrialWarehouse.Testing;
