namespace TrialWarehouse.Ingestion;
