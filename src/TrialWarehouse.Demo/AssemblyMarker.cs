namespace TrialWarehouse.Demo;
