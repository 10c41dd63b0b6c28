namespace TrialWarehouse.Clinical;
