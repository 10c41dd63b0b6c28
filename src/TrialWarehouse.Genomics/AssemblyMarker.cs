namespace TrialWarehouse.Genomics;
