package org.ctnat.core.response;

/**
 * The rules that collected data can break. Each {@link Violation} names one.
 */
public enum ViolationRule {
  /** The data was collected with another instrument or version than the one validated against. */
  WRONG_INSTRUMENT("the data must be for the instrument and version validated against"),
  /** An answer is given for an item the survey does not have (or for a grid rather than its statements). */
  UNKNOWN_ITEM("every answer must be for an item of the survey"),
  /** The answer's kind does not fit the question (a ranking for a single choice). */
  WRONG_ANSWER_KIND("the answer's kind must fit the question"),
  /** An option or scale point code the question does not have. */
  UNKNOWN_OPTION("every code must be an option of the question or a point of its scale"),
  /** Fewer options chosen than the question requires. */
  TOO_FEW_SELECTIONS("at least the minimum number of options must be chosen"),
  /** More options chosen than the question allows ("choose three" got four). */
  TOO_MANY_SELECTIONS("at most the maximum number of options may be chosen"),
  /** The same option chosen twice. */
  DUPLICATE_SELECTION("each option may be chosen once"),
  /** An exclusive option chosen together with another. */
  EXCLUSIVE_COMBINED("an exclusive option may not be combined with others"),
  /** Text given for "Other – please specify" while no such option was chosen. */
  OTHER_TEXT_WITHOUT_OTHER("a specified text needs its 'Other – please specify' option"),
  /** Two options given the same rank. */
  DUPLICATE_RANK("no two options may share a rank"),
  /** Ranks are not 1, 2, … without gaps. */
  MISSING_RANK("ranks must run 1, 2, … without gaps"),
  /** Fewer or more options ranked than the question's limits. */
  RANKED_COUNT("the number of options ranked must be within the question's limits"),
  /** A follow-up answer that is not among the choices of its parent question. */
  FOLLOW_UP_CONTRADICTS_PARENT("a follow-up answer must be one of those chosen in its parent question"),
  /** A blank free-text answer (leave the item out instead). */
  BLANK_TEXT("a text answer must not be blank"),
  /** A profile attribute set to a code that the profile question does not offer. */
  UNKNOWN_PROFILE_VALUE("a profile attribute must be an option of its profile question"),
  /** The same respondent id twice in one data set. */
  DUPLICATE_RESPONDENT("each respondent, interview and group must appear once"),
  /** An interview that did not cover a section the guide always asks. */
  MISSING_ALWAYS_SECTION("an interview must cover every section the guide always asks"),
  /** An interview whose number of elective sections is outside the guide's limits. */
  ELECTIVE_SECTION_COUNT("an interview must cover between the guide's minimum and maximum elective sections"),
  /** A section, question or metadata field the guide does not have. */
  UNKNOWN_GUIDE_ELEMENT("sections, questions and metadata fields must exist in the guide"),
  /** Notes or themes recorded for a question of a section not covered. */
  QUESTION_OUTSIDE_SECTIONS("notes and themes must belong to the sections covered"),
  /** A required metadata field left empty. */
  MISSING_METADATA("every required metadata field must be filled in"),
  /** Personal data recorded among the non-personal metadata. */
  PERSONAL_DATA_MISPLACED("personal fields must be kept apart from the metadata"),
  /** A theme code that is not a code. */
  INVALID_THEME("theme codes must be letters, digits and '_', starting with a letter"),
  /** An assessment judges an indicator the instrument's framework does not have. */
  UNKNOWN_INDICATOR("every judgement must be of an indicator of the framework"),
  /** Judgements, before they join an assessment, judge one indicator twice. */
  DUPLICATE_JUDGEMENT("each indicator may be judged once"),
  /** Evidence cites a document that is not among the assessment's sources. */
  UNKNOWN_SOURCE("every document cited must be one of the assessment's sources"),
  /** Evidence cites a survey item the survey does not have. */
  UNKNOWN_SURVEY_ITEM("every survey item cited must exist in the survey"),
  /** Evidence cites a question the interview guide does not have. */
  UNKNOWN_INTERVIEW_QUESTION("every interview question cited must exist in the guide"),
  /** Evidence cites an interview that is not among the assessment's interview records. */
  UNKNOWN_INTERVIEW("every interview cited must be one of the assessment's interviews"),
  /** A recommendation for an area the framework does not have. */
  UNKNOWN_AREA("every recommendation must be for an area of the framework"),
  /** A recommendation names a criterion the framework does not have. */
  UNKNOWN_CRITERION("every criterion a recommendation names must exist"),
  /** A recommendation names a criterion of another area than its own. */
  CRITERION_OF_ANOTHER_AREA("the criteria a recommendation names must belong to its area"),
  /** A workshop priority the instrument does not have. */
  UNKNOWN_PRIORITY("every priority must be one of the instrument's priorities"),
  /** A workshop group that chose too few or too many priorities, or one twice. */
  PRIORITY_COUNT("a group must choose distinct priorities within the priority question's limits");

  private final String description;

  ViolationRule(String description) {
    this.description = description;
  }

  /**
   * The rule in words.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
