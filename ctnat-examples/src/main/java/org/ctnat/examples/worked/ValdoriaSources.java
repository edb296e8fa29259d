package org.ctnat.examples.worked;

import java.util.ArrayList;
import java.util.List;
import org.ctnat.core.assessment.Source;
import org.ctnat.core.assessment.SourceId;

/**
 * The desk-review reference lists of the two Valdoria rounds. Every document, author and
 * institution is invented for the example; the international treaties named in titles are real
 * treaties, cited only as a national ratification act would cite them.
 *
 * <p>The 2028 list keeps every 2024 document (laws and studies stay in force or in use, and the
 * older plans explain what changed) and adds the documents published since, so that an id such
 * as {@code Vld 3} means the same document in both rounds.
 */
final class ValdoriaSources {

  private ValdoriaSources() {}

  /** The 17 documents reviewed in 2024. */
  static List<Source> round2024() {
    return List.of(
        source("Vld 1", "Law No. 112/2013 on Combating Trafficking in Human Beings",
            "National Assembly of Valdoria", 2013),
        source("Vld 2", "Criminal Code of Valdoria, Articles 144 to 146 (trafficking and related offences), "
            + "consolidated text as amended in 2019", "National Assembly of Valdoria", 2019),
        source("Vld 3", "National Action Plan against Trafficking in Human Beings 2022\u20132025",
            "Council of Ministers of Valdoria", 2022),
        source("Vld 4", "Decree No. 47 on the National Referral Mechanism for Victims of Trafficking",
            "Council of Ministers of Valdoria", 2016),
        source("Vld 5", "Instruction No. 9 on Indicators for the Identification of Victims of Trafficking",
            "Ministry of Interior of Valdoria", 2017),
        source("Vld 6", "Annual Report of the National Anti-Trafficking Commission for 2023",
            "National Anti-Trafficking Commission of Valdoria", 2024),
        source("Vld 7", "Minimum Standards for Shelters for Victims of Trafficking",
            "Ministry of Labour and Social Affairs of Valdoria", 2018),
        source("Vld 8", "State Budget Law for 2024, Programme 21: Social Protection Services",
            "Ministry of Finance of Valdoria", 2023),
        source("Vld 9", "Shadow Report on the Implementation of the National Action Plan 2022\u20132025",
            "Lantern House Foundation and Open Road Legal Aid Centre", 2023),
        source("Vld 10", "Labour Inspection Act", "National Assembly of Valdoria", 2011),
        source("Vld 11", "Statistics on Investigations, Prosecutions and Convictions for Trafficking Offences "
            + "2019\u20132023", "Office of the Prosecutor General of Valdoria", 2024),
        source("Vld 12", "Curriculum of the Judicial Training Institute 2023/24",
            "Judicial Training Institute of Valdoria", 2023),
        source("Vld 13", "Memorandum of Understanding on Cooperation in the Assistance of Victims of "
            + "Trafficking between the Ministry of Interior and Non-governmental Organizations",
            "Ministry of Interior of Valdoria", 2019),
        source("Vld 14", "Agreement between Valdoria and the Republic of Ostrenia on Police Cooperation and "
            + "Protocol on the Safe Return of Victims of Trafficking", "Ministry of Foreign Affairs of Valdoria",
            2015),
        source("Vld 15", "Labour Migration and Exploitation Risks in the Eastern Provinces of Valdoria",
            "Institute for Social Research of Valdoria", 2021),
        source("Vld 16", "Guidelines for Responsible Media Reporting on Trafficking in Human Beings",
            "Press Council of Valdoria", 2020),
        source("Vld 17", "Migration Strategy of Valdoria 2021\u20132030",
            "State Border and Migration Agency of Valdoria", 2021));
  }

  /** The 2024 documents followed by the 8 published between the rounds. */
  static List<Source> round2028() {
    List<Source> sources = new ArrayList<>(round2024());
    sources.add(source("Vld 18", "National Action Plan against Trafficking in Human Beings 2026\u20132029, "
        + "with its Implementation Plan and Standard Operating Procedures", "Council of Ministers of Valdoria",
        2026));
    sources.add(source("Vld 19", "Law No. 58/2026 amending the Law on Combating Trafficking in Human Beings",
        "National Assembly of Valdoria", 2026));
    sources.add(source("Vld 20", "Protocol on the Identification and Referral of Child Victims of Trafficking",
        "Ministry of Labour and Social Affairs of Valdoria", 2026));
    sources.add(source("Vld 21", "Annual Report of the National Anti-Trafficking Commission for 2027",
        "National Anti-Trafficking Commission of Valdoria", 2028));
    sources.add(source("Vld 22", "Labour Inspection (Amendment) Act", "National Assembly of Valdoria", 2025));
    sources.add(source("Vld 23", "Agreement between Valdoria and the Kingdom of Brasca on Cooperation against "
        + "Trafficking in Human Beings", "Ministry of Foreign Affairs of Valdoria", 2026));
    sources.add(source("Vld 24", "Monitoring Visits to Shelters for Victims of Trafficking, 2027",
        "Public Defender of Valdoria", 2027));
    sources.add(source("Vld 25", "State Budget Law for 2028, Programme 21: Social Protection Services, "
        + "Sub-programme 21.4: Grants to Non-governmental Shelters", "Ministry of Finance of Valdoria", 2027));
    return List.copyOf(sources);
  }

  private static Source source(String id, String title, String author, int year) {
    return Source.builder().id(SourceId.of(id)).title(title).author(author).year(year)
        .build();
  }
}
