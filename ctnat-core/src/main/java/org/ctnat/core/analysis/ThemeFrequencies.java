package org.ctnat.core.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ctnat.core.framework.AreaId;
import org.ctnat.core.instrument.Instrument;
import org.ctnat.core.questionbank.InterviewQuestionId;
import org.ctnat.core.questionbank.InterviewSection;
import org.ctnat.core.questionbank.SectionId;
import org.ctnat.core.response.InterviewRecord;

/**
 * How often each coded theme emerged in the interviews — "the frequency and type of emerging
 * themes" of the 2016 method — overall and per thematic area (the area of the guide section
 * whose question the theme was coded under). For each theme: in how many interviews it came up
 * and how many times it was coded.
 *
 * <p>Themes coded under questions the guide does not have, under sections without an area, or
 * under questions of a section that the interview did not cover (which validation reports as
 * {@link org.ctnat.core.response.ViolationRule#QUESTION_OUTSIDE_SECTIONS}) count only overall.
 * Lists are ordered by interviews, then mentions (both descending), then theme code, so the
 * result is deterministic.
 *
 * <p>Interviews cover only some elective sections, so each area states its own denominator:
 * {@link #areaInterviews()} counts the interviews that covered at least one section of the
 * area. Since a theme counts in an area only when the interview covered the section of its
 * question, a theme's interviews in an area never exceed that area's {@link #areaInterviews()}.
 *
 * @param interviews how many interview records were read
 * @param overall every theme
 * @param byArea themes per thematic area, in area order
 * @param areaInterviews per thematic area, how many interviews covered one of its sections
 */
public record ThemeFrequencies(int interviews, List<ThemeCount> overall, SortedMap<AreaId, List<ThemeCount>> byArea,
    SortedMap<AreaId, Integer> areaInterviews) {

  /**
   * One theme's frequency.
   *
   * @param theme the theme code
   * @param interviews the interviews in which it was coded
   * @param mentions the times it was coded
   */
  public record ThemeCount(String theme, int interviews, int mentions) {}

  private static final Comparator<ThemeCount> ORDER = Comparator.comparingInt(ThemeCount::interviews).reversed()
      .thenComparing(Comparator.comparingInt(ThemeCount::mentions).reversed())
      .thenComparing(ThemeCount::theme);

  /** Copies the lists and map. */
  public ThemeFrequencies {
    overall = List.copyOf(overall);
    SortedMap<AreaId, List<ThemeCount>> copy = new TreeMap<>();
    byArea.forEach((area, counts) -> copy.put(area, List.copyOf(counts)));
    byArea = java.util.Collections.unmodifiableSortedMap(copy);
    areaInterviews = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(areaInterviews));
  }

  /**
   * Counts the themes of some interview records.
   *
   * @param instrument the instrument whose guide was used
   * @param records the interview records
   * @return the frequencies
   */
  public static ThemeFrequencies of(Instrument instrument, Iterable<InterviewRecord> records) {
    Map<InterviewQuestionId, InterviewSection> sectionOf = new HashMap<>();
    for (InterviewSection section : instrument.interviewGuide().sections()) {
      section.questions().forEach(q -> sectionOf.put(q.id(), section));
    }
    Map<SectionId, Optional<AreaId>> sectionArea = new HashMap<>();
    instrument.interviewGuide().sections().forEach(section -> sectionArea.put(section.id(), section.area()));
    Map<String, int[]> overall = new HashMap<>();
    Map<AreaId, Map<String, int[]>> byArea = new TreeMap<>();
    SortedMap<AreaId, Integer> covering = new TreeMap<>();
    int interviews = 0;
    for (InterviewRecord record : records) {
      interviews++;
      record.sectionsCovered().stream().map(id -> sectionArea.getOrDefault(id, Optional.empty()))
          .flatMap(Optional::stream).distinct().forEach(area -> covering.merge(area, 1, Integer::sum));
      Set<SectionId> covered = new HashSet<>(record.sectionsCovered());
      Set<String> seen = new HashSet<>();
      Map<AreaId, Set<String>> seenInArea = new HashMap<>();
      for (Map.Entry<InterviewQuestionId, List<String>> entry : record.themes().entrySet()) {
        InterviewSection section = sectionOf.get(entry.getKey());
        Optional<AreaId> area = section == null || !covered.contains(section.id()) ? Optional.empty()
            : section.area();
        for (String theme : entry.getValue()) {
          count(overall, theme, seen.add(theme));
          area.ifPresent(a -> count(byArea.computeIfAbsent(a, x -> new HashMap<>()), theme,
              seenInArea.computeIfAbsent(a, x -> new HashSet<>()).add(theme)));
        }
      }
    }
    SortedMap<AreaId, List<ThemeCount>> areas = new TreeMap<>();
    byArea.forEach((area, counts) -> areas.put(area, sorted(counts)));
    return new ThemeFrequencies(interviews, sorted(overall), areas, covering);
  }

  /**
   * The frequencies of no interview.
   *
   * @return the empty frequencies
   */
  public static ThemeFrequencies empty() {
    return new ThemeFrequencies(0, List.of(), new TreeMap<>(), new TreeMap<>());
  }

  /**
   * These frequencies combined with those of other interviews (each interview counted in one
   * of the two): interviews and mentions add up theme by theme. Associative and commutative,
   * with {@link #empty()} as identity.
   *
   * @param other the frequencies of other interviews
   * @return the frequencies of all of them
   */
  public ThemeFrequencies plus(ThemeFrequencies other) {
    SortedMap<AreaId, List<ThemeCount>> areas = new TreeMap<>(byArea);
    other.byArea.forEach((area, counts) -> areas.merge(area, counts, ThemeFrequencies::add));
    SortedMap<AreaId, Integer> covering = new TreeMap<>(areaInterviews);
    other.areaInterviews.forEach((area, n) -> covering.merge(area, n, Integer::sum));
    return new ThemeFrequencies(interviews + other.interviews, add(overall, other.overall), areas, covering);
  }

  /**
   * A collector that counts the themes of a stream of interview records, sequential or
   * parallel, in memory that grows with the number of themes, not of records.
   *
   * @param instrument the instrument whose guide was used
   * @return the collector
   */
  public static java.util.stream.Collector<InterviewRecord, ?, ThemeFrequencies> collector(Instrument instrument) {
    return java.util.stream.Collectors.reducing(empty(), record -> of(instrument, List.of(record)),
        ThemeFrequencies::plus);
  }

  private static List<ThemeCount> add(List<ThemeCount> a, List<ThemeCount> b) {
    Map<String, int[]> sum = new HashMap<>();
    for (List<ThemeCount> list : List.of(a, b)) {
      for (ThemeCount t : list) {
        int[] c = sum.computeIfAbsent(t.theme(), x -> new int[2]);
        c[0] += t.interviews();
        c[1] += t.mentions();
      }
    }
    return sorted(sum);
  }

  private static void count(Map<String, int[]> counts, String theme, boolean firstInInterview) {
    int[] c = counts.computeIfAbsent(theme, t -> new int[2]);
    if (firstInInterview) {
      c[0]++;
    }
    c[1]++;
  }

  private static List<ThemeCount> sorted(Map<String, int[]> counts) {
    List<ThemeCount> list = new ArrayList<>();
    counts.forEach((theme, c) -> list.add(new ThemeCount(theme, c[0], c[1])));
    list.sort(ORDER);
    return list;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("Themes in " + interviews + " interviews (interviews, mentions):");
    overall.forEach(t -> out.append(System.lineSeparator()).append("  ").append(t.theme()).append(' ')
        .append(t.interviews()).append(", ").append(t.mentions()));
    byArea.forEach((area, counts) -> {
      out.append(System.lineSeparator()).append("  area ").append(area).append(" (")
          .append(areaInterviews.getOrDefault(area, 0)).append(" interviews):");
      counts.forEach(t -> out.append(' ').append(t.theme()).append('(').append(t.interviews()).append(')'));
    });
    return out.toString();
  }
}
