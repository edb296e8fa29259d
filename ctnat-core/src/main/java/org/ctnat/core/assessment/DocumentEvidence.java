package org.ctnat.core.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * A citation of a desk-review document, optionally with the pages: {@code Aze 16, p. 3} or
 * {@code Aze 30, pp. 32–33}, the way the 2016 report cites its sources.
 *
 * <p>The pages are kept as written (not blank, one line). {@code toString()} writes "p." before a
 * single page and "pp." before pages that contain a dash or a comma (a range or a list), and
 * {@link #parse(String)} reads that form back.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param source the source cited
 * @param pages the pages cited, e.g. {@code "3"} or {@code "32–33"}, if any
 */
public record DocumentEvidence(SourceId source, Optional<String> pages) implements EvidenceReference {

  /** Checks for nulls and blank pages. */
  public DocumentEvidence {
    Objects.requireNonNull(source, "document evidence: source");
    Objects.requireNonNull(pages, "document evidence: pages");
    pages.ifPresent(p -> Texts.oneLine("document evidence " + source + ": pages", p));
  }

  /**
   * A citation of a whole document.
   *
   * @param source the source id, e.g. {@code "Aze 16"}
   * @return the reference
   */
  public static DocumentEvidence of(String source) {
    return new DocumentEvidence(SourceId.of(source), Optional.empty());
  }

  /**
   * A citation of some pages of a document.
   *
   * @param source the source id, e.g. {@code "Aze 30"}
   * @param pages the pages as written, e.g. {@code "32–33"}
   * @return the reference
   */
  public static DocumentEvidence of(String source, String pages) {
    return new DocumentEvidence(SourceId.of(source), Optional.of(pages));
  }

  /**
   * A citation of one page.
   *
   * @param source the source id
   * @param page the page, at least 1
   * @return the reference, e.g. {@code Aze 16, p. 3}
   * @throws IllegalArgumentException if the page is below 1
   */
  public static DocumentEvidence page(String source, int page) {
    return pages(source, page, page);
  }

  /**
   * A citation of a range of pages, written with an en dash.
   *
   * @param source the source id
   * @param from the first page, at least 1
   * @param to the last page, not before {@code from}
   * @return the reference, e.g. {@code Aze 30, pp. 32–33}; a range of one page is cited as that page
   * @throws IllegalArgumentException if the range is empty or starts below 1
   */
  public static DocumentEvidence pages(String source, int from, int to) {
    if (from < 1 || to < from) {
      throw new IllegalArgumentException("document evidence " + source
          + ": pages must run from 1 or more to a page not before the first, but were " + from + " to " + to);
    }
    return of(source, from == to ? Integer.toString(from) : from + "\u2013" + to);
  }

  /**
   * Reads a citation written as {@link #toString()} writes it: {@code "Aze 16"}, {@code "Aze 16, p. 3"}
   * or {@code "Aze 30, pp. 32–33"}. The text is split at its last {@code ", p. "} or
   * {@code ", pp. "}.
   *
   * @param citation the citation
   * @return the reference
   * @throws IllegalArgumentException if the source id or pages are not valid
   */
  public static DocumentEvidence parse(String citation) {
    Objects.requireNonNull(citation, "document citation");
    int single = citation.lastIndexOf(", p. ");
    int multiple = citation.lastIndexOf(", pp. ");
    if (single < 0 && multiple < 0) {
      return of(citation);
    }
    int at = Math.max(single, multiple);
    int skip = at == multiple ? ", pp. ".length() : ", p. ".length();
    return of(citation.substring(0, at), citation.substring(at + skip));
  }

  /**
   * Whether more than one page is cited: the pages contain a dash or a comma.
   *
   * @return true for a range or list of pages; false for one page or none
   */
  public boolean severalPages() {
    return pages.filter(p -> p.matches(".*[-\u2010-\u2015,].*")).isPresent();
  }

  @Override
  public EvidenceType type() {
    return EvidenceType.DOCUMENT;
  }

  @Override
  public String toString() {
    return source + pages.map(p -> (severalPages() ? ", pp. " : ", p. ") + p).orElse("");
  }
}
