package org.ctnat.core.assessment;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A document of the desk review — a law, a national action plan, a report — under the id the
 * assessment report cites it by ({@code "Aze 16"}), with its title and, where known, its author
 * (a person or an institution), year of publication and address.
 *
 * <p>The title and author must not be blank; the year, if given, has four digits
 * ({@value #MIN_YEAR}–{@value #MAX_YEAR}); the address, if given, is one line without spaces (it
 * is not resolved: the core does no I/O). {@code toString()} reads like a reference-list entry:
 * {@code Aze 16: National Action Plan 2014–2018 (Cabinet of Ministers, 2014)}.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Source {

  /** The earliest year accepted. */
  public static final int MIN_YEAR = 1000;

  /** The latest year accepted. */
  public static final int MAX_YEAR = 9999;

  Source() {}

  /**
   * The id the report cites the source by.
   *
   * @return the id, e.g. {@code Aze 16}
   */
  public abstract SourceId id();

  /**
   * The document's title.
   *
   * @return the title, not blank
   */
  public abstract String title();

  /**
   * Who wrote or issued the document.
   *
   * @return the author, if known
   */
  public abstract Optional<String> author();

  /**
   * The year of publication.
   *
   * @return the year, if known
   */
  public abstract OptionalInt year();

  /**
   * Where the document can be found.
   *
   * @return the address (a URL), if known
   */
  public abstract Optional<String> url();

  /**
   * A source with only an id and a title.
   *
   * @param id the id as cited, e.g. {@code "Aze 16"}
   * @param title the title
   * @return the source
   */
  public static Source of(String id, String title) {
    return builder().id(SourceId.of(id)).title(title).build();
  }

  /**
   * A builder for a source.
   *
   * @return a new builder
   */
  public static ImmutableSource.Builder builder() {
    return ImmutableSource.builder();
  }

  @Value.Check
  void check() {
    String where = "source " + id();
    Texts.notBlank(where + ": title", title());
    author().ifPresent(a -> Texts.notBlank(where + ": author", a));
    if (year().isPresent() && (year().getAsInt() < MIN_YEAR || year().getAsInt() > MAX_YEAR)) {
      throw new IllegalArgumentException(where + ": year must be between " + MIN_YEAR + " and " + MAX_YEAR
          + ", but was " + year().getAsInt());
    }
    url().ifPresent(u -> {
      Texts.oneLine(where + ": url", u);
      if (u.chars().anyMatch(Character::isWhitespace)) {
        throw new IllegalArgumentException(where + ": url must not contain white space, but was '" + u + "'");
      }
    });
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder().append(id()).append(": ").append(title());
    if (author().isPresent() || year().isPresent()) {
      out.append(" (").append(author().orElse(""));
      if (author().isPresent() && year().isPresent()) {
        out.append(", ");
      }
      year().ifPresent(out::append);
      out.append(')');
    }
    url().ifPresent(u -> out.append(" <").append(u).append('>'));
    return out.toString();
  }
}
