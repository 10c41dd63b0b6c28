namespace TrialWarehouse.Clinical.Tests;

/// <summary>The examples of docs/formats.md, verbatim.</summary>
internal static class Examples
{
    public const string PatientsHeader = "patient_id,sex,birth_year,tumor_type,diagnosis_date,site,arm";

    public const string Patients = """
        patient_id,sex,birth_year,tumor_type,diagnosis_date,site,arm
        PT0001,F,1961,BRCA,2019-03-14,Marseille,profiling

        """;

    public const string SamplesHeader = "sample_id,patient_id,collection_date,specimen_site,tumor_cellularity,assay,genome_build";

    public const string Samples = """
        sample_id,patient_id,collection_date,specimen_site,tumor_cellularity,assay,genome_build,tmb,msi_status
        PT0001-T1,PT0001,2021-05-02,liver metastasis,60,NGS-802,GRCh38,4.2,MSS

        """;

    public const string TherapyLinesHeader =
        "patient_id,line_number,regimen,drugs,start_date,end_date,reason_stopped,best_response,progression_date,matched,matched_alteration";

    public const string TherapyLines = """
        patient_id,line_number,regimen,drugs,start_date,end_date,reason_stopped,best_response,progression_date,matched,matched_alteration
        PT0001,1,Paclitaxel,paclitaxel,2019-04-01,2019-11-20,progression,PR,2019-11-20,false,
        PT0001,2,Alpelisib + fulvestrant,alpelisib;fulvestrant,2021-06-10,,,SD,,true,PIK3CA p.H1047R

        """;

    public const string FollowUpHeader = "patient_id,event_date,kind,ecog";

    public const string FollowUp = """
        patient_id,event_date,kind,ecog
        PT0001,2022-01-15,visit,1
        PT0001,2022-09-30,last_contact,

        """;
}
