package org.ctnat.examples.worked;

import java.util.Arrays;
import java.util.List;
import org.ctnat.core.assessment.Recommendation;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.framework.CriterionId;
import org.ctnat.core.response.WorkshopResult;

/**
 * What the two Valdoria rounds propose: the priorities the groups of each validation workshop
 * chose and ranked, and the recommendations written per thematic area, each naming the criteria
 * whose gaps it addresses.
 */
final class ValdoriaRecommendations {

  private ValdoriaRecommendations() {}

  /** The two groups of the 2024 validation workshop, each with its top three, ranked. */
  static List<WorkshopResult> workshop2024() {
    return List.of(
        WorkshopResult.ranked("VLDws-group1", "B", "A", "N"),
        WorkshopResult.ranked("VLDws-group2", "A", "B", "L"));
  }

  /** The two groups of the 2028 validation workshop. */
  static List<WorkshopResult> workshop2028() {
    return List.of(
        WorkshopResult.ranked("VLDws-group1", "M", "J", "G"),
        WorkshopResult.ranked("VLDws-group2", "J", "M", "B"));
  }

  /** The 15 recommendations of 2024, three per area. */
  static List<Recommendation> round2024() {
    return List.of(
        of("1", "Revise the indicators of Instruction No. 9 to cover labour exploitation, forced begging and child "
            + "trafficking, and train labour inspectors, border officers and social workers to apply them.",
            "1.3", "1.2"),
        of("1", "Amend Law No. 112 so that access to shelter and assistance no longer depends on cooperation with "
            + "the police, and give NGOs a formal role in identification interviews.", "1.5", "1.1"),
        of("1", "Advertise the information lines in the eastern provinces and online, in the languages spoken "
            + "there.", "1.4"),
        of("2", "Create a State grant scheme for NGO shelters with multi-year funding, so that services no longer "
            + "stop between donor projects.", "2.1"),
        of("2", "Adopt a reintegration programme with vocational training and housing, a procedure to determine the "
            + "best interests of child victims, and accommodation for men.", "2.3", "2.4"),
        of("2", "Mandate the Public Defender to monitor shelters against the 2018 minimum standards and set up a "
            + "feedback mechanism for victims.", "2.5"),
        of("3", "Add a non-punishment provision to the Criminal Code and instruct police and prosecutors not to fine "
            + "victims identified in prostitution.", "3.2"),
        of("3", "Make trafficking part of the regular in-service training of police, prosecutors and judges, with "
            + "guidance on special investigative techniques and financial investigations.", "3.4", "3.5"),
        of("3", "Follow the requalification of trafficking cases and sentencing practice in the Prosecutor "
            + "General's annual statistics.", "3.1", "3.3"),
        of("4", "Set up a national data system that links police, prosecution and service data and disaggregates "
            + "them by sex, age, nationality and form of exploitation.", "4.3"),
        of("4", "Allow labour inspectors to inspect without notice and to enter every workplace where forced labour "
            + "is suspected.", "4.4"),
        of("4", "Target prevention programmes at young seasonal workers and children in street work in the eastern "
            + "provinces.", "4.1"),
        of("5", "Adopt an implementation plan with standard operating procedures, responsibilities and budgets for "
            + "the next National Action Plan.", "5.1"),
        of("5", "Give the National Coordinator a monitoring mandate and staff, and make NGOs and the labour "
            + "inspectorate full members of the Commission.", "5.2", "5.3"),
        of("5", "Negotiate an agreement with Brasca on police cooperation and the return of victims.", "5.4"));
  }

  /** The 10 recommendations of 2028, two per area. */
  static List<Recommendation> round2028() {
    return List.of(
        of("1", "Extend the use of the revised indicators to social workers and NGOs, and report on their use in "
            + "the Commission's annual report.", "1.3"),
        of("1", "Restore a 24-hour information line and advertise it online.", "1.4"),
        of("2", "Adopt the reintegration programme recommended in 2024, with vocational training and housing after "
            + "the shelter.", "2.3"),
        of("2", "Make the NGO grants multi-year and link them to the Public Defender's monitoring against the "
            + "minimum standards, including feedback from victims.", "2.1", "2.5"),
        of("3", "Resume regular joint training of investigators, prosecutors and judges, and rebuild the specialised "
            + "capacity lost in the 2027 restructuring.", "3.4", "3.5"),
        of("3", "Issue guidance to prosecutors on applying the new non-punishment provision.", "3.2"),
        of("4", "Restore the funding of awareness campaigns and of the State hotline.", "4.2"),
        of("4", "Publish annual statistics from the new data system and open anonymised data to researchers.",
            "4.3"),
        of("5", "Appoint a National Coordinator with a monitoring mandate and a budget, and convene the Commission "
            + "at least every quarter.", "5.2"),
        of("5", "Use the agreement with Brasca for joint assistance to returning victims, not only for "
            + "investigations.", "5.4", "5.5"));
  }

  private static Recommendation of(String area, String text, String... criteria) {
    return Recommendation.builder().area(AreaId.of(area)).text(text)
        .addAllCriteria(Arrays.stream(criteria).map(CriterionId::of).toList()).build();
  }
}
