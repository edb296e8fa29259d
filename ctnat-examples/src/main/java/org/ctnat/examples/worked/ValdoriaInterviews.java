package org.ctnat.examples.worked;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.response.InterviewRecord;
import org.ctnat.core.response.Participants;

/**
 * The in-depth interviews of the two Valdoria rounds, written by hand: the institution and title
 * of the respondent (never a name), when and how the interview took place, who took part, the
 * sections covered and, per question, a short neutral note and the themes coded.
 *
 * <p>Every interview covers the sections the guide always asks (1, 7 and 8) and two or three of
 * the elective sections 2 to 6, chosen by what the respondent works on, as the guide's plan
 * instruction asks. The interviewer is recorded by the assessment team's pseudonymous code.
 */
final class ValdoriaInterviews {

  private static final String TEAM = "Valdoria CT-NAT assessment team";

  private ValdoriaInterviews() {}

  /** A note on one guide question and the themes coded under it. */
  private record Note(String question, String text, List<String> themes) {}

  private static Note note(String question, String text, String... themes) {
    return new Note(question, text, List.of(themes));
  }

  /** The 12 interviews of 2024, {@code VLDint1} to {@code VLDint12}. */
  static List<InterviewRecord> round2024(Instrument instrument) {
    List<InterviewRecord> records = new ArrayList<>();
    records.add(record(instrument, 1, "A1", "Anti-Trafficking Police Directorate, Ministry of Interior",
        "Head of division", "2024-02-06 10:00", "In person", Participants.of(0, 2), List.of("3", "5"),
        note("1.2", "The directorate investigates trafficking cases nationwide and decides on the formal "
            + "identification of victims under Decree No. 47."),
        note("3.1", "Most victims become known through their families, complaints of returnees or police checks of "
            + "bars; labour inspectors and NGOs rarely refer cases.", "reactive_identification"),
        note("3.3", "Officers use the indicator list of Instruction No. 9 in interviews; the respondents "
            + "acknowledged that it was written with sexual exploitation in mind.",
            "indicators_sexual_exploitation_only"),
        note("5.3", "The directorate opened 21 investigations in 2023; the respondents said the number is stable and "
            + "depends on the staff available.", "staff_shortage"),
        note("5.7", "Investigations are mostly reactive; special investigative techniques were used in two cases in "
            + "2023, both with Ostrenia.", "proactive_investigation_rare"),
        note("7.1", "Case cooperation with the State shelter works well; the Commission meets twice a year and "
            + "mostly discusses police matters.", "good_case_cooperation", "coordination_law_enforcement_led"),
        note("8.2", "Recommended a specialised unit in each region and regular training for new officers.",
            "training_ad_hoc")));
    records.add(record(instrument, 2, "A2", "Lantern House Foundation (NGO)", "Shelter coordinator",
        "2024-02-08 14:00", "In person", Participants.of(1, 0), List.of("2", "3", "4"),
        note("1.2", "The foundation runs the only NGO shelter for women and children and an information line for "
            + "people planning to work abroad."),
        note("2.5", "Most women in the shelter were recruited for work abroad by acquaintances and exploited in "
            + "prostitution or domestic work.", "recruitment_by_acquaintances"),
        note("3.5", "The shelter receives referrals from the police under the 2019 memorandum, but the foundation "
            + "has no role in the identification interview.", "ngo_excluded_from_identification"),
        note("4.3", "Residents receive accommodation, medical and psychological care and legal counselling; there "
            + "is no follow-up after they leave.", "no_reintegration_support"),
        note("4.6", "The shelter is funded by a foreign donor project ending in 2025; it closed for three months in "
            + "2023 while waiting for a grant.", "ngo_funding_insecure", "donor_dependence"),
        note("7.3", "Cooperation with the police is good at the working level but depends on individual officers.",
            "good_case_cooperation", "cooperation_depends_on_persons"),
        note("8.1", "Sustainable funding is the main barrier; without it the quality of services cannot be kept.",
            "ngo_funding_insecure")));
    records.add(record(instrument, 3, "A2", "Department of Social Services, Ministry of Labour and Social Affairs",
        "Senior adviser", "2024-02-12 11:00", "In person", Participants.of(1, 1), List.of("4", "6"),
        note("1.2", "The department oversees the State shelter and the social services that identified victims can "
            + "receive."),
        note("4.1", "The State shelter in the capital is run by the ministry under Law No. 112; NGO shelters are "
            + "accredited but receive no State funds.", "ngo_funding_insecure"),
        note("4.4", "Men are accommodated in hotel rooms as there is no shelter for them; children are placed with "
            + "the child protection service.", "male_victims_underserved", "child_procedures_missing"),
        note("4.5", "The ministry reviews the State shelter once a year against the 2018 minimum standards; there is "
            + "no external evaluation.", "shelter_standards_unmonitored"),
        note("6.3", "A rural employment programme operates in the eastern provinces, but it does not target people "
            + "at risk of trafficking.", "prevention_not_targeted"),
        note("7.1", "The ministry takes part in the Commission, but referral cases are discussed with the police "
            + "directly.", "coordination_law_enforcement_led"),
        note("8.2", "Recommended a State grant scheme for NGO shelters and a reintegration programme with job "
            + "placement.", "ngo_funding_insecure", "no_reintegration_support")));
    records.add(record(instrument, 4, "A1", "Serious Crimes Department, Office of the Prosecutor General",
        "Prosecutor", "2024-02-15 09:30", "Online", Participants.of(0, 1), List.of("3", "5"),
        note("1.2", "The department supervises investigations of trafficking and prosecutes the cases in court."),
        note("3.2", "Only the Anti-Trafficking Police Directorate can grant the status of victim; prosecutors may ask "
            + "it to review a case."),
        note("5.2", "Article 144 of the Criminal Code follows the international definition and makes consent "
            + "irrelevant, but it does not protect victims from punishment for offences they were forced to "
            + "commit.", "non_punishment_not_codified"),
        note("5.4", "Some cases are prosecuted as pimping or fraud, which are easier to prove; sentences for "
            + "trafficking are often suspended.", "requalification", "lenient_sentences"),
        note("5.5", "Prosecutors attended two donor-funded seminars in 2023; trafficking is not part of their "
            + "regular training.", "training_ad_hoc"),
        note("7.2", "Requests for legal assistance to Ostrenia are answered within months; with other destination "
            + "countries there are no agreements.", "bilateral_cooperation_limited"),
        note("8.1", "Victims withdraw their statements because they fear the traffickers; witness protection is "
            + "rarely granted.", "victim_protection_in_court")));
    records.add(record(instrument, 5, "A2", "State Labour Inspectorate", "Chief inspector", "2024-02-20 10:00",
        "In person", Participants.of(1, 0), List.of("3", "6"),
        note("1.2", "The inspectorate controls working conditions in registered companies and reports suspected "
            + "forced labour to the police."),
        note("3.1", "Inspectors found two suspected cases of forced labour in 2023, both reported by the workers "
            + "themselves.", "self_reporting"),
        note("3.3", "Inspectors have not been trained on the indicators of Instruction No. 9 and have no checklist of "
            + "their own.", "indicators_sexual_exploitation_only", "training_ad_hoc"),
        note("6.4", "Inspections must be announced three days in advance and cannot cover private homes or "
            + "unregistered employers.", "labour_inspection_restricted", "demand_unaddressed"),
        note("6.7", "Prevention focuses on campaigns; nobody addresses the employers who profit from exploitation.",
            "demand_unaddressed"),
        note("7.1", "The inspectorate is not a member of the Commission and learns of its decisions informally.",
            "coordination_law_enforcement_led"),
        note("8.2", "Recommended unannounced inspections and a mandate to enter all workplaces where exploitation "
            + "is suspected.", "labour_inspection_restricted")));
    records.add(record(instrument, 6, "A1", "Open Road Legal Aid Centre (NGO)", "Lawyer", "2024-02-22 15:00",
        "Online", Participants.of(1, 0), List.of("4", "5"),
        note("1.2", "The centre gives free legal aid to victims of trafficking and represents them as injured parties "
            + "in criminal proceedings."),
        note("4.3", "Compensation is awarded in few cases and has not been paid in any case the centre followed in "
            + "2023.", "compensation_not_paid"),
        note("4.4", "Victims who decline to testify after the 30-day reflection period lose their place in the State "
            + "shelter.", "services_conditional_on_cooperation"),
        note("5.4", "Judges and defence lawyers still ask whether the victim agreed to the work, although consent is "
            + "irrelevant in law.", "consent_misunderstood"),
        note("5.6", "There is no formal mechanism for victims' lawyers to cooperate with prosecutors before trial.",
            "ngo_cooperation_informal"),
        note("7.3", "Partnerships rest on a few committed officials and stop when they change posts.",
            "cooperation_depends_on_persons", "staff_turnover"),
        note("8.1", "Women identified in prostitution have been fined for it before being recognised as victims.",
            "victims_penalised")));
    records.add(record(instrument, 7, "A2", "State Border and Migration Agency", "Head of migration policy unit",
        "2024-02-27 10:00", "Group interview", Participants.of(1, 2), List.of("2", "6"),
        note("1.2", "The agency runs border control and the migration service, including the residence of foreign "
            + "victims."),
        note("2.1", "Valdorians leave mainly for Ostrenia and Brasca; foreign workers transit through the port "
            + "towards third countries."),
        note("2.6", "The agency sees more young men leaving for seasonal work through informal intermediaries.",
            "labour_migration_risks"),
        note("6.2", "Information leaflets are handed out at the border, but the agency has not measured their "
            + "effect.", "awareness_unmeasured"),
        note("6.5", "Border officers use a short screening list at the airport; the Migration Strategy includes a "
            + "seasonal work scheme with Ostrenia."),
        note("7.2", "Cooperation with Ostrenia includes joint patrols and information exchange; with Brasca there "
            + "are only ad hoc contacts.", "bilateral_cooperation_limited"),
        note("8.2", "Recommended an agreement with Brasca and pre-departure information for seasonal workers.",
            "labour_migration_risks")));
    records.add(record(instrument, 8, "A1", "Judicial Training Institute", "Director of studies",
        "2024-03-04 11:00", "In person", Participants.of(0, 1), List.of("2", "5"),
        note("1.2", "The institute trains judges and prosecutors before appointment and during their careers."),
        note("2.3", "Cases that reach the courts show deception about working conditions and debts as the usual "
            + "methods.", "debt_bondage"),
        note("5.2", "The institute considers the law adequate; the gap is in applying it."),
        note("5.5", "Trafficking is a one-day elective module in the initial training; in-service courses depend on "
            + "donor projects.", "training_ad_hoc"),
        note("7.1", "The institute is not represented in the Commission but is asked to host trainings."),
        note("8.1", "Turnover of judges and prosecutors means that trained people leave the cases.",
            "staff_turnover")));
    records.add(record(instrument, 9, "A2", "Kestrel Women's Network (NGO)", "Programme manager",
        "2024-03-06 13:00", "In person", Participants.of(2, 0), List.of("2", "4", "6"),
        note("1.2", "The network runs prevention work with young women in the eastern provinces and a drop-in centre "
            + "in the capital."),
        note("2.2", "Women are mostly exploited in prostitution and domestic work abroad; men in construction and "
            + "agriculture."),
        note("2.6", "Recruitment has moved to social media; the network sees more offers of work in cafés abroad "
            + "that turn out to be false.", "online_recruitment"),
        note("4.4", "Services are designed for women in sexual exploitation; men and victims of labour exploitation "
            + "get little support.", "male_victims_underserved"),
        note("6.2", "School sessions reach girls in towns, but villages and boys are hardly reached.",
            "low_public_awareness"),
        note("7.1", "NGOs are invited to the Commission as observers without a vote.", "ngo_cooperation_informal"),
        note("8.2", "Recommended longer funding cycles for NGOs and a role for them in identification interviews.",
            "ngo_funding_insecure", "ngo_excluded_from_identification")));
    records.add(record(instrument, 10, "A2", "Secretariat of the National Anti-Trafficking Commission",
        "Secretary of the Commission", "2024-03-11 10:00", "In person", Participants.of(1, 1), List.of("3", "6"),
        note("1.2", "The secretariat prepares the National Action Plan and its annual reports and supports the "
            + "National Coordinator."),
        note("3.4", "The State hotline and the NGO line received the calls that led to 11 identifications in 2023.",
            "hotline_limited"),
        note("3.5", "Decree No. 47 sets out the roles of the agencies in the referral mechanism; 58 victims were "
            + "referred in 2023, 47 of them to a shelter."),
        note("6.6", "Police and prosecution figures are collected separately and cannot be linked; there is no "
            + "central database.", "data_not_disaggregated"),
        note("7.1", "The plan has no implementation plan with responsibilities and budgets; the annual report lists "
            + "activities rather than results.", "nap_no_implementation_plan"),
        note("7.3", "The National Coordinator is a deputy minister of interior with little staff; monitoring depends "
            + "on the secretariat's two posts.", "coordination_law_enforcement_led"),
        note("8.1", "A limited budget and the competing priorities of ministries.", "political_will")));
    records.add(record(instrument, 11, "A2", "Institute for Social Research of Valdoria", "Senior researcher",
        "2024-03-13 09:00", "Online", Participants.of(1, 0), List.of("2", "6"),
        note("1.2", "The respondent led the 2021 study on labour migration and exploitation risks in the eastern "
            + "provinces."),
        note("2.5", "Victims are mostly aged 18 to 35 and come from rural households with debts; men are "
            + "under-identified.", "male_victims_underserved"),
        note("6.3", "Social programmes exist but do not reach the households the study found most at risk.",
            "prevention_not_targeted"),
        note("6.6", "Research depends on foreign grants; no State body commissions research on trafficking.",
            "research_gaps"),
        note("7.3", "Researchers are not asked to present their findings to the Commission.", "research_gaps"),
        note("8.2", "Recommended a research agenda linked to the National Action Plan and access to anonymised case "
            + "data.", "research_gaps", "data_not_disaggregated")));
    records.add(record(instrument, 12, "A1", "Public Defender's Office",
        "Adviser on the rights of migrants and victims of crime", "2024-03-18 14:00", "In person",
        Participants.of(1, 0), List.of("3", "4"),
        note("1.2", "The office receives complaints from victims and may visit places where people are deprived of "
            + "liberty."),
        note("3.2", "Formal identification gives access to the shelter, free legal aid and, for foreigners, a "
            + "temporary residence permit."),
        note("3.5", "Referral to services depends on police identification; people not formally identified are sent "
            + "to general social services.", "reactive_identification"),
        note("4.4", "There is no procedure to determine the best interests of a child victim.",
            "child_procedures_missing"),
        note("4.5", "The office has no mandate to monitor shelters and has not visited them.",
            "shelter_standards_unmonitored"),
        note("7.1", "The office is not consulted on the National Action Plan."),
        note("8.1", "Victims' rights in practice depend on their cooperation with the police.",
            "services_conditional_on_cooperation")));
    return List.copyOf(records);
  }

  /** The 7 interviews of 2028, {@code VLDint1} to {@code VLDint7} (numbered anew: other people). */
  static List<InterviewRecord> round2028(Instrument instrument) {
    List<InterviewRecord> records = new ArrayList<>();
    records.add(record(instrument, 1, "A1", "Secretariat of the National Anti-Trafficking Commission",
        "Secretary of the Commission", "2028-03-07 10:00", "In person", Participants.of(1, 1), List.of("3", "5"),
        note("1.2", "The secretariat prepares the National Action Plan 2026\u20132029 and its implementation reports."),
        note("3.5", "The referral mechanism now includes labour inspectors and the child protection service; 83 "
            + "victims were referred in 2027.", "referral_widened"),
        note("5.3", "Investigations fell from 24 in 2025 to 15 in 2027, after the police directorate was merged into "
            + "the organised crime department.", "restructuring"),
        note("7.1", "The post of National Coordinator has been vacant since the Ministry of Interior was restructured "
            + "in 2027; the Commission met once in 2027.", "coordinator_vacancy"),
        note("7.3", "The 2026 implementation plan sets out tasks and standard operating procedures, and agencies "
            + "report on them to the secretariat.", "sops_in_use"),
        note("8.1", "Without a coordinator the ministries follow their own priorities.", "coordinator_vacancy")));
    records.add(record(instrument, 2, "A3", "Lantern House Foundation (NGO)", "Director", "2028-03-09 14:00",
        "In person", Participants.of(2, 0), List.of("2", "4"),
        note("1.2", "The foundation runs a shelter for women and children and, since 2026, a small unit for men."),
        note("2.6", "Fewer residents come from sexual exploitation abroad; more from online fraud and domestic work.",
            "online_recruitment"),
        note("4.5", "The Public Defender visited the shelter in 2027 and published recommendations.",
            "external_monitoring"),
        note("4.6", "Since 2026 the foundation receives a State grant covering about half of the shelter's running "
            + "costs.", "ngo_grants_introduced"),
        note("7.3", "Cooperation with the police weakened after the restructuring; new officers do not know the "
            + "memorandum.", "staff_turnover"),
        note("8.2", "Recommended multi-year grants and a reintegration programme with housing.",
            "no_reintegration_support")));
    records.add(record(instrument, 3, "A3", "State Labour Inspectorate", "Chief inspector", "2028-03-14 10:00",
        "In person", Participants.of(1, 1), List.of("3", "6"),
        note("1.2", "The inspectorate controls working conditions and, since 2025, may inspect without notice."),
        note("3.3", "Inspectors use the indicators revised in 2026, which include labour exploitation.",
            "indicators_revised"),
        note("6.4", "Unannounced inspections found 9 suspected cases of forced labour in 2027, mostly in "
            + "construction.", "unannounced_inspections"),
        note("7.1", "The inspectorate joined the referral mechanism but has not been invited to the Commission since "
            + "2027.", "coordinator_vacancy"),
        note("8.2", "Recommended that inspectors may enter private homes that employ domestic workers.",
            "labour_inspection_restricted")));
    records.add(record(instrument, 4, "A1", "Organised Crime Department, Ministry of Interior",
        "Head of the anti-trafficking section", "2028-03-16 09:00", "In person", Participants.of(0, 2),
        List.of("3", "5"),
        note("1.2", "The section took over the work of the former Anti-Trafficking Police Directorate in 2027."),
        note("3.1", "Most cases now come from labour inspections and NGO referrals, fewer from police checks.",
            "referral_widened"),
        note("5.5", "No anti-trafficking training was held for investigators in 2026 or 2027; most trained officers "
            + "left after the merger.", "training_interrupted", "staff_turnover"),
        note("5.7", "Special investigative techniques were not used in trafficking cases in the last two years.",
            "proactive_investigation_rare"),
        note("7.2", "A joint investigation with Brasca under the 2026 agreement led to four arrests.",
            "bilateral_cooperation"),
        note("8.1", "The loss of specialised staff.", "staff_turnover")));
    records.add(record(instrument, 5, "A3", "Child Protection Department, Ministry of Labour and Social Affairs",
        "Head of department", "2028-03-21 11:00", "Online", Participants.of(1, 0), List.of("3", "4"),
        note("1.2", "The department is responsible for the protocol on child victims adopted in 2026."),
        note("3.3", "Child protection workers use the child indicators of the protocol; 12 children were identified "
            + "in 2027.", "child_protocol_in_use"),
        note("4.4", "The protocol requires a best interests determination before any return or placement of a "
            + "child.", "child_protocol_in_use"),
        note("4.6", "The State budget now includes grants for NGO shelters, but the amount is fixed for three years.",
            "ngo_grants_introduced"),
        note("7.1", "Coordination with the police works case by case.", "good_case_cooperation"),
        note("8.2", "Recommended training for the foster families who receive child victims.")));
    records.add(record(instrument, 6, "A3", "Kestrel Women's Network (NGO)", "Programme manager",
        "2028-03-23 13:00", "In person", Participants.of(2, 0), List.of("2", "4", "6"),
        note("1.2", "The network works on prevention in the eastern provinces and supports women after they leave "
            + "shelters."),
        note("2.2", "Recruitment for online fraud abroad is the new form the network sees among young men and "
            + "women.", "online_recruitment"),
        note("4.3", "Women still leave the shelters without job placement or housing.", "no_reintegration_support"),
        note("6.2", "The State hotline closed in 2027 after the campaign budget was cut; the NGO line now runs only "
            + "in office hours.", "hotline_cut"),
        note("7.3", "NGOs meet the child protection department regularly, but Commission meetings have stopped.",
            "coordinator_vacancy"),
        note("8.1", "Awareness work has lost its funding.", "hotline_cut")));
    records.add(record(instrument, 7, "A1", "Serious Crimes Department, Office of the Prosecutor General",
        "Prosecutor", "2028-03-28 09:30", "Online", Participants.of(1, 0), List.of("2", "5"),
        note("1.2", "The respondent prosecutes trafficking cases in the serious crimes department."),
        note("2.4", "Recruiters are increasingly small networks using online agencies registered abroad.",
            "online_recruitment"),
        note("5.2", "The 2026 amendment protects victims from punishment for offences they were compelled to "
            + "commit.", "non_punishment_codified"),
        note("5.4", "Requalification as pimping is less frequent; there were 9 convictions in 2027, 5 with prison "
            + "sentences.", "lenient_sentences"),
        note("7.2", "The Brasca agreement has made requests for evidence faster.", "bilateral_cooperation"),
        note("8.2", "Recommended resuming joint training of police and prosecutors.", "training_interrupted")));
    return List.copyOf(records);
  }

  private static InterviewRecord record(Instrument instrument, int number, String interviewer,
      String organisation, String title, String dateTime, String format, Participants participants,
      List<String> electives, Note... notes) {
    List<SectionId> sections = new ArrayList<>();
    sections.add(SectionId.of("1"));
    electives.forEach(s -> sections.add(SectionId.of(s)));
    sections.add(SectionId.of("7"));
    sections.add(SectionId.of("8"));
    Map<String, String> metadata = new LinkedHashMap<>();
    metadata.put("country", "Valdoria");
    metadata.put("interviewer_name", interviewer);
    metadata.put("interviewer_organization", TEAM);
    metadata.put("respondent_organization", organisation);
    metadata.put("respondent_title", title);
    metadata.put("interview_datetime", dateTime);
    metadata.put("interview_format", format);
    metadata.put("participants", participants.toString());
    Map<InterviewQuestionId, String> noteTexts = new LinkedHashMap<>();
    Map<InterviewQuestionId, List<String>> themes = new LinkedHashMap<>();
    for (Note note : notes) {
      InterviewQuestionId question = InterviewQuestionId.of(note.question());
      noteTexts.put(question, note.text());
      if (!note.themes().isEmpty()) {
        themes.put(question, note.themes());
      }
    }
    return InterviewRecord.of(instrument, "VLDint" + number).metadata(metadata).participants(participants)
        .sectionsCovered(sections).notes(noteTexts).themes(themes).build();
  }
}
