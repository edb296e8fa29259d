package org.ctnat.examples.worked;

import static org.ctnat.core.assessment.JudgementStatus.MET;
import static org.ctnat.core.assessment.JudgementStatus.NOT_MET;
import static org.ctnat.core.assessment.JudgementStatus.UNDETERMINED;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ctnat.core.assessment.DocumentEvidence;
import org.ctnat.core.assessment.EvidenceReference;
import org.ctnat.core.assessment.IndicatorJudgement;
import org.ctnat.core.assessment.InterviewEvidence;
import org.ctnat.core.assessment.JudgementStatus;
import org.ctnat.core.assessment.SurveyEvidence;
import org.ctnat.core.framework.IndicatorId;

/**
 * The assessors' judgements of all 100 indicators in both Valdoria rounds, written by hand: the
 * status, a rationale that says what the evidence shows, and the evidence cited — desk-review
 * documents by id and page ({@code Vld 4, pp. 3–6}), the survey items the instrument links to the
 * criterion, and interview questions, in general or in one interview ({@code interview 3.5
 * (VLDint10)}), whose note then says what the rationale relies on.
 *
 * <p>2024: 48 of 100 indicators met, 8 undetermined where the evidence conflicted or was too thin.
 * 2028: the judgements that changed, or whose evidence changed, are written anew; the others are
 * carried over with their 2024 rationale, citing the same documents and survey items and the
 * interview questions in general (the 2028 interviews are other people under the same codes).
 */
final class ValdoriaJudgements {

  /** What a carried-over 2028 rationale starts with. */
  static final String UNCHANGED = "Unchanged since 2024: ";

  private ValdoriaJudgements() {}

  /** The 100 judgements of 2024, in framework order. */
  static List<IndicatorJudgement> round2024() {
    return List.of(
        // 1.1 National referral mechanism
        j("1.1-F1", MET, "Decree No. 47 of 2016 establishes a national referral mechanism specific to trafficking in "
            + "human beings.", doc("Vld 4", "1\u20132"), survey("3.1.1"), interview("3.5", 10)),
        j("1.1-F2", MET, "The decree sets out the competences of each agency, the coordinating role of the Commission "
            + "and the protection and assistance a referred person receives.", doc("Vld 4", "3\u20136"),
            interview("3.5", 10)),
        j("1.1-O1", MET, "The police, the migration service, the State shelter and the three NGOs that signed the 2019 "
            + "memorandum take part in the mechanism, and interviewees described their roles consistently.",
            doc("Vld 13"), doc("Vld 6", "14"), interview("3.5", 2), interview("3.5", 10)),
        j("1.1-O2", NOT_MET, "Referrals come almost only from the police; labour inspectors, social services and NGOs "
            + "rarely refer, and survey respondents were divided on how often identified victims are referred.",
            doc("Vld 6", "15\u201316"), survey("3.2.2"), interview("3.1", 1), interview("3.1", 5)),
        // 1.2 Formal processes for identification
        j("1.2-F1", MET, "Instruction No. 9 of 2017 sets out the procedure and indicators for the formal "
            + "identification of victims.", doc("Vld 5"), survey("3.1.3"), interview("3.2", 4)),
        j("1.2-F2", MET, "Formal identification by the Anti-Trafficking Police Directorate is the entry point of the "
            + "referral mechanism under Decree No. 47.", doc("Vld 4", "4"), doc("Vld 5", "2"), interview("3.2", 12)),
        j("1.2-O1", NOT_MET, "The police directorate uses the identification procedure, but labour inspectors, border "
            + "officers and social workers do not; they were not trained on it.", doc("Vld 9", "8\u20139"),
            survey("3.2.1"), survey("3.2.4"), interview("3.3", 5), interview("3.1", 1)),
        j("1.2-O2", UNDETERMINED, "Survey respondents were divided on the capacity to identify victims and "
            + "interviewees disagreed on whether formal identification speeds up access to services; there are no "
            + "data on waiting times.", survey("3.1.3"), survey("3.1.4"), interview("3.2", 12)),
        // 1.3 Identification tools
        j("1.3-F1", MET, "The indicator list annexed to Instruction No. 9 is distributed to police and migration "
            + "officers, who confirmed that they know it and can use it.", doc("Vld 5", "14\u201317"),
            survey("3.1.5"), interview("3.3", 1)),
        j("1.3-F2", NOT_MET, "The indicators describe sexual exploitation; there are none for labour exploitation, "
            + "forced begging or children, although these forms are reported.", doc("Vld 5", "14\u201317"),
            doc("Vld 15", "22\u201324"), interview("3.3", 1), interview("3.3", 5)),
        j("1.3-O1", MET, "Police and migration officers use the indicators in interviews, so the tools are used by "
            + "some stakeholders.", doc("Vld 6", "12"), interview("3.3", 1)),
        j("1.3-O2", NOT_MET, "Labour inspectors, social workers and NGOs do not use identification tools, and most "
            + "survey respondents rated the tools neither adequate nor inadequate, or inadequate.", survey("3.1.5"), interview("3.3", 5)),
        // 1.4 Self-identification
        j("1.4-F1", MET, "A State hotline and an NGO information line are advertised for people who think they may be "
            + "exploited.", doc("Vld 3", "11"), doc("Vld 6", "18"), interview("3.4", 10)),
        j("1.4-F2", NOT_MET, "Awareness of the lines is low outside the capital: fewer than a third of survey "
            + "respondents rated self-identification mechanisms adequate in any degree, and NGOs reported that "
            + "villages are hardly reached.",
            survey("3.1.6"), doc("Vld 9", "12"), interview("6.2", 9)),
        j("1.4-O1", MET, "Calls to the lines led to 11 of the 58 identifications in 2023.", doc("Vld 6", "18"),
            interview("3.4", 10)),
        j("1.4-O2", UNDETERMINED, "Figures on self-identification exist for 2023 only, so no trend can be "
            + "established, and interviewees did not see one.", doc("Vld 6", "18")),
        // 1.5 Link between referral and services
        j("1.5-F1", MET, "Decree No. 47 links formal identification to placement in a shelter and to free legal aid.",
            doc("Vld 4", "5\u20136"), survey("3.1.7"), interview("3.2", 12)),
        j("1.5-F2", NOT_MET, "After the 30-day reflection period a victim who does not make a statement to the "
            + "police loses access to the State shelter (Law No. 112, Article 17).", doc("Vld 1", "9"),
            doc("Vld 9", "10"), survey("4.2.3"), interview("4.4", 6)),
        j("1.5-O1", MET, "Of the 58 victims referred in 2023, 47 received services in the State shelter or an NGO "
            + "shelter.", doc("Vld 6", "16"), survey("3.2.2"), interview("3.5", 10)),
        j("1.5-O2", NOT_MET, "Not all identified victims receive services: men and those who decline to cooperate "
            + "with the police are sent to general social services.", doc("Vld 6", "16"), doc("Vld 9", "10"),
            interview("3.5", 12), interview("4.4", 3)),

        // 2.1 Funding
        j("2.1-F1", MET, "Programme 21 of the State budget allocates funds to the State shelter for direct assistance "
            + "to victims.", doc("Vld 8", "41"), interview("4.1", 3)),
        j("2.1-F2", NOT_MET, "The budget allocates nothing to NGO services; the NGO shelter depends on a foreign donor "
            + "project.", doc("Vld 8", "41\u201342"), doc("Vld 9", "15"), interview("4.6", 2), interview("4.1", 3)),
        j("2.1-O1", NOT_MET, "The shadow report estimates that the allocation covers less than half of what the "
            + "services victims need cost, and the NGO shelter closed for three months in 2023.",
            doc("Vld 9", "15\u201316"), interview("4.6", 2)),
        j("2.1-O2", NOT_MET, "Funding needs are far from fully met: besides the gap in NGO services there is no "
            + "multi-year allocation and no budget for reintegration.", doc("Vld 9", "15\u201316"),
            interview("8.2", 3)),
        // 2.2 Accessibility of services
        j("2.2-F1", MET, "The State shelter provides accommodation, medical care, psychological support and legal "
            + "counselling, as the minimum standards require.", doc("Vld 7", "3\u20135"), survey("4.1.1"),
            survey("4.1.3"), interview("4.3", 2)),
        j("2.2-F2", NOT_MET, "Victims who do not stay in a shelter receive medical, psychosocial or legal support only "
            + "through short NGO projects.", doc("Vld 9", "11"), survey("4.1.4"), survey("4.1.6"),
            interview("4.3", 6)),
        j("2.2-O1", UNDETERMINED, "The ministry reported that every formally identified victim receives services, "
            + "while NGOs reported conditions and waiting times; survey answers were split and no case data were "
            + "available to settle it.", doc("Vld 6", "16"), doc("Vld 9", "10\u201311"), survey("4.1.1"),
            interview("4.1", 3), interview("4.4", 6)),
        j("2.2-O2", NOT_MET, "Services depend on formal identification and, after the reflection period, on "
            + "cooperation with the police.", doc("Vld 1", "9"), survey("4.2.3"), interview("4.4", 6),
            interview("8.1", 12)),
        // 2.3 Long-term services
        j("2.3-F1", NOT_MET, "There is no framework for rehabilitation and reintegration; the National Action Plan's "
            + "measure on a reintegration programme has not been adopted.", doc("Vld 3", "17"), doc("Vld 9", "13"),
            survey("4.1.10"), interview("4.3", 2)),
        j("2.3-F2", MET, "Law No. 112 grants foreign victims a temporary residence permit, and the 2015 protocol with "
            + "Ostrenia regulates their safe return.", doc("Vld 1", "10\u201311"), doc("Vld 14", "11\u201314"),
            survey("4.1.9"), interview("3.2", 12)),
        j("2.3-O1", NOT_MET, "Survey respondents rated long-term shelter, vocational training and reintegration "
            + "support among the least adequate services, and no State programme supports victims after the "
            + "shelter.",
            survey("4.1.2"), survey("4.1.7"), survey("4.1.10"), interview("4.3", 2), interview("8.2", 3)),
        j("2.3-O2", UNDETERMINED, "Only two assisted returns took place in 2023, both to Ostrenia; the evidence is too "
            + "thin to judge the State's involvement.", doc("Vld 6", "20"), survey("4.1.9")),
        // 2.4 Differentiated services
        j("2.4-F1", NOT_MET, "Services are designed for adult women exploited in prostitution; no rule differentiates "
            + "them by the needs of men, children or victims of labour exploitation.", doc("Vld 7"), survey("4.2.1"),
            survey("4.2.4"), interview("4.4", 9)),
        j("2.4-F2", NOT_MET, "No procedure determines the best interests of child victims, and the residence of "
            + "non-citizens is secured only for the reflection period.", doc("Vld 1", "10"), interview("4.4", 12),
            interview("4.4", 3)),
        j("2.4-O1", MET, "Some specific needs are met: children are placed with the child protection service and "
            + "interpreters are provided for foreign victims on request.", doc("Vld 6", "17"), survey("4.1.5"),
            interview("4.4", 3)),
        j("2.4-O2", NOT_MET, "Men are put up in hotel rooms, and few survey respondents agreed that male and "
            + "female, or foreign and national, victims receive the same services.", survey("4.2.1"),
            survey("4.2.2"), interview("4.4", 3), interview("4.4", 9)),
        // 2.5 Standards
        j("2.5-F1", MET, "The Minimum Standards for Shelters of 2018 specify the services, staffing and premises of "
            + "shelters.", doc("Vld 7", "2\u20139"), survey("4.2.5")),
        j("2.5-F2", NOT_MET, "No framework monitors services against the standards; the Public Defender has no "
            + "mandate to visit shelters.", doc("Vld 7", "10"), interview("4.5", 12)),
        j("2.5-O1", MET, "The ministry reviews the State shelter once a year against the minimum standards.",
            doc("Vld 6", "17"), interview("4.5", 3)),
        j("2.5-O2", NOT_MET, "There is no external evaluation and no way for victims to give feedback.",
            doc("Vld 9", "14"), interview("4.5", 3), interview("4.5", 12)),

        // 3.1 Criminalization
        j("3.1-F1", MET, "Valdoria has ratified the Convention against Transnational Organized Crime, its Protocol on "
            + "trafficking in persons and the regional convention on action against trafficking.", doc("Vld 1", "1"),
            interview("5.2", 8)),
        j("3.1-F2", MET, "Article 144 of the Criminal Code covers the act, means and purpose of the international "
            + "definition and every form of exploitation survey respondents reported.", doc("Vld 2", "61\u201362"),
            survey("5.1.1"), survey("5.1.2"), interview("5.2", 4)),
        j("3.1-O1", MET, "The trafficking article is used: 14 prosecutions were brought under Article 144 in 2023.",
            doc("Vld 11", "4\u20135"), survey("5.1.7"), interview("5.3", 1)),
        j("3.1-O2", NOT_MET, "Of 9 convictions in 2023, 6 were suspended sentences, and several cases were "
            + "requalified as pimping; sentences are not commensurate with the gravity of the offence.",
            doc("Vld 11", "6\u20137"), survey("5.1.7"), interview("5.4", 4)),
        // 3.2 Non-punishment
        j("3.2-F1", NOT_MET, "No provision protects victims from punishment for offences they were compelled to "
            + "commit; prosecutors may only decline to prosecute at their discretion.", doc("Vld 2"), doc("Vld 1"),
            interview("5.2", 4)),
        j("3.2-F2", MET, "Article 144(4) of the Criminal Code makes the victim's consent irrelevant where any of the "
            + "means is used.", doc("Vld 2", "62"), survey("5.1.1")),
        j("3.2-O1", UNDETERMINED, "NGOs reported that women were fined for prostitution before being identified, "
            + "while the police reported no such case; no records allow the claims to be checked.",
            doc("Vld 9", "9"), survey("5.1.5"), survey("5.1.8"), interview("8.1", 6)),
        j("3.2-O2", NOT_MET, "Interviewees reported that judges and defence lawyers still question victims about "
            + "their consent.", interview("5.4", 6), interview("5.4", 4)),
        // 3.3 Competent authorities
        j("3.3-F1", MET, "Law No. 112 designates the Anti-Trafficking Police Directorate and the serious crimes "
            + "department of the Prosecutor General's Office as the competent bodies.", doc("Vld 1", "4"),
            survey("5.1.4"), interview("5.3", 1)),
        j("3.3-F2", MET, "The law and Decree No. 47 set out the roles of the police directorate, the prosecutors and "
            + "the border agency in trafficking cases.", doc("Vld 1", "4\u20135"), doc("Vld 4", "3")),
        j("3.3-O1", MET, "The directorate investigates the cases reported to it competently: it opened 21 "
            + "investigations in 2023, most of which led to prosecution.", doc("Vld 11", "3\u20134"),
            survey("5.1.4"), interview("5.3", 1)),
        j("3.3-O2", NOT_MET, "Investigations are almost always reactive; interviewees and the shadow report found no "
            + "proactive investigation beyond police checks of bars.", doc("Vld 9", "8"), survey("5.1.4"),
            interview("5.7", 1)),
        // 3.4 Capacity of practitioners
        j("3.4-F1", MET, "Law No. 112 and the National Action Plan provide for anti-trafficking training of police, "
            + "prosecutors and judges.", doc("Vld 1", "6"), doc("Vld 3", "14")),
        j("3.4-F2", NOT_MET, "No training needs have been assessed, and the courses offered are general "
            + "introductions.", doc("Vld 12", "31"), survey("5.1.6"), interview("5.5", 8)),
        j("3.4-O1", MET, "Practitioners receive occasional training: prosecutors attended two donor-funded seminars in "
            + "2023 and judges can take a one-day elective module.", doc("Vld 12", "31"), interview("5.5", 4),
            interview("5.5", 8)),
        j("3.4-O2", NOT_MET, "Training is not regular: it is not part of in-service curricula and depends on donor "
            + "projects; few survey respondents agreed that it is adequate.", survey("5.1.6"), survey("5.1.9"),
            interview("5.5", 8)),
        // 3.5 Special investigative techniques
        j("3.5-F1", MET, "Trafficking is a serious crime for which Law No. 112 allows interception, undercover "
            + "operations and controlled deliveries.", doc("Vld 1", "5"), doc("Vld 2", "61")),
        j("3.5-F2", NOT_MET, "No guidance explains how to apply these techniques in trafficking investigations.",
            doc("Vld 3", "14"), interview("5.7", 1)),
        j("3.5-O1", MET, "Investigators know the techniques and used them in two cases in 2023.", doc("Vld 6", "21"),
            interview("5.7", 1)),
        j("3.5-O2", NOT_MET, "The techniques are not used routinely, and parallel financial investigations have never "
            + "been used.", survey("5.1.4"), interview("5.7", 1)),

        // 4.1 Root causes and vulnerability
        j("4.1-F1", MET, "The National Action Plan links prevention to the national rural employment programme, which "
            + "addresses poverty and unemployment in the eastern provinces.", doc("Vld 3", "9"), survey("6.1.1"),
            interview("6.3", 3)),
        j("4.1-F2", NOT_MET, "Neither the plan nor the programme names the groups most vulnerable to trafficking, such "
            + "as young seasonal workers or children in street work.", doc("Vld 3", "9\u201310"),
            doc("Vld 15", "30"), interview("6.3", 11)),
        j("4.1-O1", MET, "The rural employment programme is operating in the eastern provinces.", doc("Vld 6", "22"),
            survey("6.1.1"), interview("6.3", 3)),
        j("4.1-O2", NOT_MET, "No prevention programme targets specifically vulnerable people, and fewer than a "
            + "quarter of survey respondents agreed that programmes are appropriately targeted.", survey("6.1.2"), survey("6.1.8"),
            interview("6.3", 11)),
        // 4.2 Awareness raising and media
        j("4.2-F1", MET, "The National Action Plan provides for annual awareness campaigns and for the information "
            + "lines.", doc("Vld 3", "11"), interview("6.2", 7)),
        j("4.2-F2", MET, "The Press Council's guidelines of 2020 and a measure of the National Action Plan engage the "
            + "media in raising awareness.", doc("Vld 16"), doc("Vld 3", "12")),
        j("4.2-O1", MET, "Campaigns were held in schools and at the border in 2023, and both information lines "
            + "operate.", doc("Vld 6", "18\u201319"), survey("6.1.3"), interview("6.2", 7), interview("6.2", 9)),
        j("4.2-O2", UNDETERMINED, "Nobody monitors media reporting; most survey respondents neither agreed nor "
            + "disagreed that the media's involvement is adequate, and interviewees gave examples of both careful "
            + "and sensational reporting.", doc("Vld 16"),
            survey("6.1.4")),
        // 4.3 Research and data
        j("4.3-F1", NOT_MET, "There is no State system for data on traffickers and victims: police and prosecution "
            + "figures are kept apart and cannot be linked or disaggregated.", doc("Vld 6", "24"), doc("Vld 11"),
            survey("6.1.5"), interview("6.6", 10)),
        j("4.3-F2", NOT_MET, "No research institution is formally engaged; research depends on foreign grants.",
            survey("6.1.6"), interview("6.6", 11)),
        j("4.3-O1", MET, "Research on root causes and trends is done, notably the 2021 study of labour migration risks "
            + "and the NGO shadow report.", doc("Vld 15"), doc("Vld 9"), survey("6.1.6")),
        j("4.3-O2", NOT_MET, "The National Action Plan does not draw on the available research, and researchers are "
            + "not consulted.", doc("Vld 3"), interview("6.6", 11), interview("7.3", 11)),
        // 4.4 Demand
        j("4.4-F1", NOT_MET, "No policy addresses demand or exploitative labour practices; the National Action Plan is "
            + "silent on employers and consumers.", doc("Vld 3"), survey("6.1.7"), interview("6.7", 5)),
        j("4.4-F2", NOT_MET, "There are no agreements with employers, trade unions or civil society on demand.",
            survey("6.1.7"), interview("6.4", 5)),
        j("4.4-O1", NOT_MET, "Labour inspection has been restricted rather than strengthened: inspections must be "
            + "announced three days ahead and cannot cover private homes.", doc("Vld 10", "6"),
            interview("6.4", 5)),
        j("4.4-O2", NOT_MET, "No measure targets the consumers of services provided by victims.", survey("6.1.7"),
            interview("6.7", 5)),
        // 4.5 Border and migration
        j("4.5-F1", MET, "The Migration Strategy 2021\u20132030 includes the prevention of trafficking in border and "
            + "migration controls, and border officers screen travellers at the airport.",
            doc("Vld 17", "18\u201320"), interview("6.5", 7)),
        j("4.5-F2", MET, "The Migration Strategy provides for regular labour migration, including a seasonal work "
            + "scheme with Ostrenia.", doc("Vld 17", "24\u201326"), doc("Vld 14")),
        j("4.5-O1", MET, "The seasonal work scheme with Ostrenia placed about 1,200 workers in 2023.",
            doc("Vld 6", "23"), interview("6.5", 7)),
        j("4.5-O2", UNDETERMINED, "Leaflets are handed out at the border, but nobody has measured whether they reach "
            + "or protect migrants, and interviewees knew of no registration or pre-departure programme.",
            interview("6.2", 7), interview("6.5", 7)),

        // 5.1 National Action Plan
        j("5.1-F1", MET, "The National Action Plan against Trafficking in Human Beings 2022\u20132025 is in force.",
            doc("Vld 3"), survey("7.1.1"), interview("7.1", 10)),
        j("5.1-F2", MET, "Chapter 5 of the plan provides for national, bilateral and regional cooperation.",
            doc("Vld 3", "19\u201321"), survey("7.1.1")),
        j("5.1-O1", NOT_MET, "The plan has no implementation plan or operating procedures assigning tasks, deadlines "
            + "and budgets.", doc("Vld 9", "5\u20136"), interview("7.1", 10)),
        j("5.1-O2", NOT_MET, "Without operating procedures stakeholders cannot use them; the annual report lists "
            + "activities rather than results.", doc("Vld 6"), interview("7.1", 10)),
        // 5.2 National Coordinator
        j("5.2-F1", MET, "Law No. 112 designates a National Coordinator, a deputy minister of interior, to coordinate "
            + "the response.", doc("Vld 1", "3"), interview("7.3", 10)),
        j("5.2-F2", NOT_MET, "The coordinator has no monitoring mandate independent of the Ministry of Interior and a "
            + "secretariat of two posts.", doc("Vld 1", "3"), interview("7.3", 10)),
        j("5.2-O1", MET, "A National Coordinator is appointed and chairs the Commission.", doc("Vld 6", "3"),
            interview("7.1", 10)),
        j("5.2-O2", NOT_MET, "Coordination centres on law enforcement: the labour inspectorate, the Public Defender "
            + "and research institutions are not part of it, and the Commission meets twice a year.",
            survey("7.2.1"), survey("7.3.1"), interview("7.1", 1), interview("7.1", 3), interview("7.1", 5)),
        // 5.3 State and non-State cooperation
        j("5.3-F1", MET, "Law No. 112 provides for cooperation between State bodies and NGOs.", doc("Vld 1", "3"),
            survey("7.1.2")),
        j("5.3-F2", MET, "The 2019 memorandum between the Ministry of Interior and three NGOs sets out how they "
            + "cooperate in assisting victims.", doc("Vld 13"), interview("3.5", 2)),
        j("5.3-O1", MET, "State and non-State actors meet on cases: police and NGO shelters cooperate on referrals, and "
            + "NGOs attend the Commission as observers.", survey("7.2.2"), survey("7.3.4"), interview("7.3", 2),
            interview("7.1", 9)),
        j("5.3-O2", NOT_MET, "Cooperation is neither routine nor proactive: it depends on individual officials, NGOs "
            + "have no vote in the Commission and no formal role in identification.", survey("7.1.2"),
            survey("7.2.4"), interview("7.3", 6), interview("5.6", 6)),
        // 5.4 Criminal justice cooperation abroad
        j("5.4-F1", MET, "The 2015 agreement with Ostrenia provides for police cooperation, and Valdoria is party to "
            + "the regional convention on mutual legal assistance.", doc("Vld 14"), survey("7.1.3")),
        j("5.4-F2", NOT_MET, "There is no agreement with Brasca, the second main destination of Valdorian victims.",
            doc("Vld 15", "12"), interview("7.2", 4), interview("7.2", 7)),
        j("5.4-O1", MET, "Police and prosecutors cooperated with Ostrenia in 2023 through joint patrols, information "
            + "exchange and requests for legal assistance.", doc("Vld 6", "25"), survey("7.2.5"),
            interview("7.2", 4), interview("7.2", 7)),
        j("5.4-O2", NOT_MET, "Cooperation responds to single cases; there are no joint investigation teams or regular "
            + "joint analysis with partner countries.", survey("7.1.4"), survey("7.3.2"), interview("7.2", 4)),
        // 5.5 Cooperation beyond criminal justice
        j("5.5-F1", MET, "The protocol to the agreement with Ostrenia extends cooperation beyond criminal justice to "
            + "the return of victims.", doc("Vld 14", "11\u201314")),
        j("5.5-F2", MET, "The same protocol deals specifically with the assistance and protection of returning "
            + "victims.", doc("Vld 14", "12\u201313")),
        j("5.5-O1", UNDETERMINED, "Two assisted returns took place under the protocol in 2023; that is not enough "
            + "evidence to say whether the agreements lead to wider cooperation.", doc("Vld 6", "20"),
            survey("7.2.6"), survey("7.3.3")),
        j("5.5-O2", NOT_MET, "There is no evidence of joint assistance or prevention activities with partner "
            + "countries beyond the two returns.", survey("7.2.6"), survey("7.3.6"), interview("7.2", 7)));
  }

  /**
   * The judgements of 2028, in framework order: those written anew where the status or the
   * evidence changed, the others carried over (see the class comment).
   */
  static List<IndicatorJudgement> round2028() {
    Map<IndicatorId, IndicatorJudgement> changed = new LinkedHashMap<>();
    for (IndicatorJudgement judgement : changes2028()) {
      changed.put(judgement.indicator(), judgement);
    }
    List<IndicatorJudgement> judgements = new ArrayList<>();
    for (IndicatorJudgement before : round2024()) {
      IndicatorJudgement after = changed.remove(before.indicator());
      judgements.add(after != null ? after : carriedOver(before));
    }
    if (!changed.isEmpty()) {
      throw new IllegalStateException("2028 changes to indicators not judged in 2024: " + changed.keySet());
    }
    return List.copyOf(judgements);
  }

  /**
   * The 2028 judgements written anew: 15 newly met, 4 regressed, and 19 whose status stayed but
   * whose situation or evidence changed (a new plan in force, a unit merged, a hotline closed).
   */
  private static List<IndicatorJudgement> changes2028() {
    return List.of(
        // progress
        j2028("1.1-O2", MET, "Labour inspectors, child protection workers and NGOs now refer victims through the "
            + "mechanism: of 83 referrals in 2027, 38 came from outside the police.", doc("Vld 21", "11"),
            survey("3.2.2"), interview("3.5", 1), interview("3.1", 4)),
        j2028("1.2-O1", MET, "Since the 2026 revision labour inspectors, border officers and child protection workers "
            + "apply the identification procedure, and most cases now come from outside the police.",
            doc("Vld 20"), doc("Vld 21", "11\u201312"), survey("3.2.1"), interview("3.1", 4), interview("3.3", 3)),
        j2028("1.3-F2", MET, "The indicators revised in 2026 cover labour exploitation, forced begging and children.",
            doc("Vld 20", "4\u20139"), doc("Vld 21", "12"), survey("3.1.5"), interview("3.3", 3),
            interview("3.3", 5)),
        j2028("1.5-F2", MET, "Law No. 58/2026 entitles victims to shelter and assistance whether or not they cooperate "
            + "with the police; survey respondents do not yet see equal treatment in practice, which 1.5-O2 "
            + "reflects.", doc("Vld 19", "2"), survey("4.2.3")),
        j2028("2.1-F2", MET, "Sub-programme 21.4 of the 2028 budget allocates grants to NGO shelters.",
            doc("Vld 25", "44"), interview("4.6", 2), interview("4.6", 5)),
        j2028("2.1-O1", MET, "The grants cover about half of the NGO shelters' running costs, so the allocation "
            + "partially meets funding needs.", doc("Vld 25", "44"), interview("4.6", 2)),
        j2028("2.2-O1", MET, "With the NGO shelters funded, the men's unit open and assistance no longer tied to "
            + "cooperation, most victims receive some services with few conditions.", doc("Vld 21", "15\u201316"),
            doc("Vld 19", "2"), survey("4.1.1"), survey("4.1.4")),
        j2028("2.4-F1", MET, "The child protocol and the men's unit differentiate services by the needs of children "
            + "and of men.", doc("Vld 20"), doc("Vld 21", "16"), survey("4.2.1"), interview("4.4", 5)),
        j2028("2.4-F2", MET, "The child protocol requires a best interests determination before a child's return or "
            + "placement.", doc("Vld 20", "7"), interview("4.4", 5)),
        j2028("2.5-F2", MET, "Law No. 58/2026 mandates the Public Defender to monitor shelters against the minimum "
            + "standards.", doc("Vld 19", "3"), doc("Vld 24"), interview("4.5", 2)),
        j2028("3.2-F1", MET, "Law No. 58/2026 adds a provision protecting victims from punishment for offences they "
            + "were compelled to commit.", doc("Vld 19", "2\u20133"), interview("5.2", 7)),
        j2028("4.3-F1", MET, "The national data system launched in 2026 records victims and traffickers by sex, age, "
            + "nationality and form of exploitation.", doc("Vld 18", "40\u201342"), doc("Vld 21", "30\u201331"),
            survey("6.1.5")),
        j2028("4.4-O1", MET, "Since the 2025 amendment labour inspectors may inspect without notice; they found 9 "
            + "suspected cases of forced labour in 2027.", doc("Vld 10"), doc("Vld 22"), doc("Vld 21", "27"),
            interview("6.4", 3)),
        j2028("5.1-O1", MET, "The National Action Plan 2026\u20132029 comes with an implementation plan and standard "
            + "operating procedures that assign tasks, deadlines and budgets.", doc("Vld 18", "25\u201339"),
            interview("7.3", 1)),
        j2028("5.4-F2", MET, "The 2026 agreement with Brasca covers the second main destination of Valdorian victims.",
            doc("Vld 23"), interview("7.2", 4), interview("7.2", 7)),
        // regression
        j2028("3.4-O1", NOT_MET, "No anti-trafficking training was held for investigators, prosecutors or judges in "
            + "2026 or 2027 after the donor project ended, and most trained investigators left in the "
            + "restructuring.", doc("Vld 21", "22"), survey("5.1.6"), survey("5.1.9"), interview("5.5", 4),
            interview("8.2", 7)),
        j2028("3.5-O1", NOT_MET, "Special investigative techniques were not used in any trafficking case in the last "
            + "two years, and the officers who had used them have left.", doc("Vld 21", "21"), interview("5.7", 4)),
        j2028("4.2-O1", NOT_MET, "The State hotline closed in 2027 when the campaign budget was cut, the NGO line runs "
            + "only in office hours, and no campaign was held in 2027.", doc("Vld 21", "19"), survey("6.1.3"),
            interview("6.2", 6)),
        j2028("5.2-O1", NOT_MET, "The post of National Coordinator has been vacant since the Ministry of Interior was "
            + "restructured in 2027.", doc("Vld 21", "3"), survey("7.2.1"), interview("7.1", 1)),
        // re-evaluated, same status: the situation or the evidence changed
        j2028("1.2-F2", MET, "Formal identification by the specialised police unit remains the entry point of the "
            + "referral mechanism; since 2026 the child protection service identifies children.", doc("Vld 4", "4"),
            doc("Vld 20"), interview("3.3", 5)),
        j2028("1.3-O2", NOT_MET, "Labour inspectors and child protection workers now use the revised indicators, but "
            + "other social workers and NGOs do not.", survey("3.1.5"), interview("3.3", 3), interview("3.3", 5)),
        j2028("1.4-F1", MET, "The NGO information line remains, though only in office hours since the State hotline "
            + "closed in 2027.", doc("Vld 21", "19"), interview("6.2", 6)),
        j2028("1.4-O1", MET, "Some victims still self-identify: calls to the NGO line led to 6 identifications in "
            + "2027.", doc("Vld 21", "19")),
        j2028("1.4-O2", UNDETERMINED, "Figures on self-identification exist for 2023 and 2027 only (11 and 6 "
            + "identifications): too few to tell a trend apart from the effect of the hotline's closure.",
            doc("Vld 6", "18"), doc("Vld 21", "19")),
        j2028("1.5-O2", NOT_MET, "Not all identified victims receive services yet: the men's unit has six places, and "
            + "victims identified outside the capital are often sent to general social services.",
            doc("Vld 21", "16"), survey("4.2.3"), interview("4.3", 6)),
        j2028("2.1-O2", NOT_MET, "Funding needs are not fully met: the grants cover about half of the NGO shelters' "
            + "costs, are fixed for three years, and there is still no budget for reintegration.",
            doc("Vld 25", "44"), interview("4.6", 5), interview("8.2", 2)),
        j2028("2.2-O2", NOT_MET, "Services no longer depend on cooperation with the police, but they still depend on "
            + "formal identification.", doc("Vld 19", "2"), survey("4.2.3")),
        j2028("2.4-O2", NOT_MET, "The men's unit has six places and foreign victims still receive fewer services; few "
            + "survey respondents agreed that victims who cooperate with the authorities and those who do not are "
            + "treated the same.", doc("Vld 21", "16"), survey("4.2.1"), survey("4.2.3"), interview("4.4", 5)),
        j2028("3.1-O2", NOT_MET, "Sentencing has improved but is not yet commensurate with the gravity of the "
            + "offence: of 9 convictions in 2027, 4 were suspended sentences.", doc("Vld 21", "20"),
            interview("5.4", 7)),
        j2028("3.3-F1", MET, "Law No. 112 designates a specialised police unit and the serious crimes department of the "
            + "Prosecutor General's Office; since 2027 the unit is a section of the organised crime department.",
            doc("Vld 1", "4"), interview("1.2", 4)),
        j2028("3.3-O1", MET, "The anti-trafficking section investigates the cases reported to it, although it opened "
            + "fewer investigations after the merger (15 in 2027, 24 in 2025).", doc("Vld 21", "20–21"),
            survey("5.1.4"), interview("5.3", 1)),
        j2028("4.2-F1", MET, "The National Action Plan 2026–2029 still provides for awareness campaigns and a "
            + "hotline, although their budget was cut in 2027.", doc("Vld 18", "12"), interview("6.2", 6)),
        j2028("5.1-F1", MET, "The National Action Plan against Trafficking in Human Beings 2026–2029 is in force.",
            doc("Vld 18"), survey("7.1.1"), interview("7.3", 1)),
        j2028("5.1-F2", MET, "The new plan provides for national, bilateral and regional cooperation, including with "
            + "Brasca.", doc("Vld 18", "18–22"), survey("7.1.1")),
        j2028("5.1-O2", NOT_MET, "The procedures adopted in 2026 are used unevenly: several agencies have not reported "
            + "on them since the Commission stopped meeting regularly in 2027.", doc("Vld 21", "4–5"),
            interview("7.3", 1), interview("7.1", 3)),
        j2028("5.4-O2", NOT_MET, "A joint investigation with Brasca in 2027 was a first, but cooperation still responds "
            + "to single cases.", survey("7.1.4"), survey("7.3.2"), interview("7.2", 4)),
        j2028("2.5-O2", NOT_MET, "The Public Defender's first visits in 2027 were an external review, but there is "
            + "still no way for victims to give feedback and no regular evaluation.", doc("Vld 24"),
            interview("4.5", 2)),
        j2028("5.2-O2", NOT_MET, "Without a coordinator the Commission met once in 2027 and the ministries follow their "
            + "own plans.", survey("7.2.1"), survey("7.3.1"), interview("7.1", 1), interview("7.1", 3),
            interview("7.3", 6)));
  }

  /**
   * A 2024 judgement carried over to 2028: same status, rationale prefixed with {@link
   * #UNCHANGED}, the same documents and survey items, and the interview questions cited in
   * general rather than in one 2024 interview.
   */
  private static IndicatorJudgement carriedOver(IndicatorJudgement before) {
    Set<EvidenceReference> evidence = new LinkedHashSet<>();
    for (EvidenceReference reference : before.evidence()) {
      evidence.add(reference instanceof InterviewEvidence i
          ? new InterviewEvidence(i.question(), Optional.empty()) : reference);
    }
    return IndicatorJudgement.builder().from(before).rationale(UNCHANGED + before.rationale())
        .assessor(assessor2028(before.indicator())).evidence(evidence).build();
  }

  private static IndicatorJudgement j(String indicator, JudgementStatus status, String rationale,
      EvidenceReference... evidence) {
    IndicatorId id = IndicatorId.parse(indicator);
    return IndicatorJudgement.of(id, status, rationale, area(id) <= 3 ? "A1" : "A2", evidence);
  }

  private static IndicatorJudgement j2028(String indicator, JudgementStatus status, String rationale,
      EvidenceReference... evidence) {
    IndicatorId id = IndicatorId.parse(indicator);
    return IndicatorJudgement.of(id, status, rationale, assessor2028(id), evidence);
  }

  /** In 2028 assessor A1 judged areas 1 to 3 again, and A3 took over areas 4 and 5 from A2. */
  private static String assessor2028(IndicatorId id) {
    return area(id) <= 3 ? "A1" : "A3";
  }

  private static int area(IndicatorId id) {
    String criterion = id.criterion().value();
    return Integer.parseInt(criterion.substring(0, criterion.indexOf('.')));
  }

  private static DocumentEvidence doc(String source) {
    return DocumentEvidence.of(source);
  }

  private static DocumentEvidence doc(String source, String pages) {
    return DocumentEvidence.of(source, pages);
  }

  private static SurveyEvidence survey(String item) {
    return SurveyEvidence.of(item);
  }

  private static InterviewEvidence interview(String question, int interview) {
    return InterviewEvidence.of(question, "VLDint" + interview);
  }
}
