namespace TrialWarehouse.Api;
