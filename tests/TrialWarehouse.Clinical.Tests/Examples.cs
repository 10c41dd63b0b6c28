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

    public const string CtcHeader = "patient_id,draw_date,method,ctc_per_7_5ml,atypical_ctc_per_7_5ml,emt_ctc_per_7_5ml,line_number";

    public const string Ctc = """
        patient_id,draw_date,method,ctc_per_7_5ml,atypical_ctc_per_7_5ml,emt_ctc_per_7_5ml,line_number
        PT0001,2021-06-01,CellSearch,14,3,2,
        PT0001,2021-07-08,CellSearch,2,0,1,2

        """;

    public const string IhcHeader = "sample_id,marker,scoring,value,clone,ish_result";

    public const string Ihc = """
        sample_id,marker,scoring,value,clone,ish_result
        PT0001-T1,HER2,intensity,2+,4B5,negative
        PT0001-T1,ER,percent_positive,85,SP1,
        PT0001-T1,NECTIN4,h_score,210,EPR15613-68,

        """;

    public const string ModelResponsesHeader = "model_id,model_kind,sample_id,passage,drug,dose,dose_unit,measure,value,value_unit";

    public const string ModelResponses = """
        model_id,model_kind,sample_id,passage,drug,dose,dose_unit,measure,value,value_unit
        PDX-0001,PDX,PT0001-T1,3,alpelisib,50,mg/kg/day,TGI_percent,78.5,
        PDX-0001,PDX,PT0001-T1,3,alpelisib,50,mg/kg/day,mRECIST,mSD,
        TO-0001,tumoroid,PT0001-T1,5,olaparib,,,IC50,0.42,uM
        TO-0001,tumoroid,PT0001-T1,5,olaparib,,,AUC,0.31,

        """;
}
