package org.ctnat.io;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.util.Objects;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.common.SpecVersion;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.JacksonYAMLParseException;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLGenerator;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * How the SDK's YAML writer chooses a string's style, so that every string SnakeYAML reads back
 * is the string written. Jackson picks the style, SnakeYAML's emitter may overrule it (it
 * double-quotes what it cannot write otherwise), and this class corrects the choices of both
 * where the SnakeYAML reader would take the text for something else:
 *
 * <ul>
 *   <li>a plain string that could be read back as a number ({@code 1e3}, {@code .inf},
 *       {@code 0x1F}: anything starting with a digit, a sign or a dot) is quoted; Jackson's own
 *       check misses exponents and the special values;
 *   <li>a plain string holding U+0085 (next line) is quoted: unquoted, YAML reads it as a line
 *       break;
 *   <li>a multi-line string is written as a literal block ({@code |}) only if it holds no line
 *       break other than {@code \n}, and is double-quoted with escapes otherwise. SnakeYAML's
 *       scanner takes {@code \r} and U+0085 for a line break where a line of a block scalar
 *       starts, though not inside a line, while the emitter writes both into the block as they
 *       are: a line starting with U+0085 would end the block early (the rest of the line at
 *       column 0 is then a syntax error) or lose the character.
 * </ul>
 *
 * <p>Jackson's generator, with {@link tools.jackson.dataformat.yaml.YAMLWriteFeature#MINIMIZE_QUOTES},
 * writes every string holding {@code \n} as a literal block without asking its
 * {@link StringQuotingChecker}, so the last rule needs a generator of its own, which the
 * factories of {@link #factoryBuilder()} create.
 *
 * <p>The factories' parsers also read what SnakeYAML 3.0.1 cannot: a document whose
 * {@code char} 1024 (or 2049, 3074, ...) is the high half of a surrogate pair, as an emoji's is.
 * SnakeYAML's {@code StreamReader} reads into a buffer of {@code bufferSize + 1} chars (1,025)
 * and, when a read ends on a high surrogate, reads one more char into {@code buffer[n]} so that
 * the pair is whole; but it asks for the whole buffer, so a read that fills it leaves no room,
 * and the Reader throws {@link IndexOutOfBoundsException} (not a {@link JacksonException}). Every
 * parser therefore reads through a {@link PairSafeReader}, which never fills a read with a high
 * surrogate at its end; and a parser reports any other unchecked failure of SnakeYAML's as a
 * {@link JacksonException} at its location, as Jackson does SnakeYAML's own errors.
 */
final class YamlStyles {

  /** Line breaks, other than {@code \n}, that SnakeYAML reads where a block scalar's line starts. */
  private static final String OTHER_LINE_BREAKS = "\r\u0085";

  private YamlStyles() {}

  /** A builder of YAML factories whose generators write only literal blocks that read back. */
  static YAMLFactoryBuilder factoryBuilder() {
    return new Builder();
  }

  /**
   * Whether SnakeYAML reads {@code text}, written as a literal block scalar, back as
   * {@code text}; the emitter's own refusals (tabs, trailing spaces, control characters, ...)
   * aside, which fall back to double quotes anyway.
   */
  static boolean literalReadsBack(String text) {
    for (int i = 0; i < OTHER_LINE_BREAKS.length(); i++) {
      if (text.indexOf(OTHER_LINE_BREAKS.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Quotes strings that YAML would otherwise read back as numbers or with a line break. */
  static final class QuoteMisreadStrings extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteName(String name) {
      return super.needToQuoteName(name) || misread(name);
    }

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || misread(value);
    }

    private static boolean misread(String text) {
      return !text.isEmpty() && "0123456789+-.".indexOf(text.charAt(0)) >= 0
          || text.indexOf('\u0085') >= 0; // YAML reads a plain next-line character as a line break
    }
  }

  /** Builds {@link Factory}s, also when a mapper rebuilds its factory. */
  private static final class Builder extends YAMLFactoryBuilder {
    Builder() {}

    Builder(YAMLFactory base) {
      super(base);
    }

    @Override
    public YAMLFactory build() {
      return new Factory(this);
    }
  }

  /** A YAML factory that creates {@link Generator}s, and {@link Parser}s reading through {@link PairSafeReader}s. */
  private static final class Factory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    Factory(YAMLFactoryBuilder builder) {
      super(builder);
    }

    Factory(Factory source) {
      super(source);
    }

    @Override
    public YAMLFactoryBuilder rebuild() {
      return new Builder(this);
    }

    @Override
    public YAMLFactory copy() {
      return new Factory(this);
    }

    @Override
    protected Object readResolve() {
      return new Factory(this);
    }

    @Override
    protected YAMLGenerator _createGenerator(ObjectWriteContext writeContext, IOContext ioContext, Writer out) {
      return new Generator(writeContext, ioContext, writeContext.getStreamWriteFeatures(_streamWriteFeatures),
          writeContext.getFormatWriteFeatures(_formatWriteFeatures), _quotingChecker, out, _version,
          _dumpSettings);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, InputStream in) {
      return parser(readContext, ioContext, _createReader(in, null, ioContext));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, Reader reader) {
      return parser(readContext, ioContext, reader);
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, char[] data, int offset,
        int length, boolean recyclable) {
      return parser(readContext, ioContext, new CharArrayReader(data, offset, length));
    }

    @Override
    protected YAMLParser _createParser(ObjectReadContext readContext, IOContext ioContext, byte[] data, int offset,
        int length) {
      return parser(readContext, ioContext, _createReader(data, offset, length, null, ioContext));
    }

    /** What YAMLFactory's own {@code _createParser} methods create, reading through a {@link PairSafeReader}. */
    private YAMLParser parser(ObjectReadContext readContext, IOContext ioContext, Reader reader) {
      return new Parser(readContext, ioContext, _getBufferRecycler(),
          readContext.getStreamReadFeatures(_streamReadFeatures),
          readContext.getFormatReadFeatures(_formatReadFeatures), _loadSettings, new PairSafeReader(reader));
    }
  }

  /**
   * A YAML parser that reports an unchecked failure inside SnakeYAML as a {@link JacksonException}
   * at its location. Jackson's parser turns SnakeYAML's own {@link YamlEngineException}s (and a
   * {@link NumberFormatException}) into one, and lets anything else escape the reader raw.
   */
  private static final class Parser extends YAMLParser {
    Parser(ObjectReadContext readContext, IOContext ioContext, BufferRecycler recycler, int streamReadFeatures,
        int formatReadFeatures, LoadSettings settings, Reader reader) {
      super(readContext, ioContext, recycler, streamReadFeatures, formatReadFeatures, settings, reader);
    }

    @Override
    protected Event nextEvent() {
      try {
        return super.nextEvent();
      } catch (YamlEngineException | NumberFormatException | JacksonException e) {
        throw e; // Jackson's parser reports these as it always did
      } catch (RuntimeException e) {
        throw new JacksonYAMLParseException(this, "the YAML parser failed unexpectedly: " + e, e);
      }
    }
  }

  /**
   * A reader that never fills a read with a high surrogate at its end, so that SnakeYAML has room
   * for the char it reads after one: a read that would do so keeps that char back for the next
   * read. Until then the reads are those of the reader it wraps, so SnakeYAML gets the same chunks
   * as from that reader wherever that reader did not fail, and an unpaired surrogate fails as it
   * did. (A read of one char returns a high surrogate all the same; SnakeYAML asks for one char
   * only after a high surrogate, into a slot it has, with its default buffer.)
   */
  static final class PairSafeReader extends Reader {
    private static final int NONE = -1;

    private final Reader in;
    /** The high surrogate kept back from the last read, or {@link #NONE}. */
    private int kept = NONE;
    /** Whether {@link #in} has reported the end of its input. */
    private boolean end;

    PairSafeReader(Reader in) {
      this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      Objects.checkFromIndexSize(offset, length, buffer.length);
      if (length == 0) {
        return 0;
      }
      int n = 0;
      if (kept != NONE) {
        buffer[offset] = (char) kept;
        kept = NONE;
        n = 1;
      }
      if (n < length && !end) {
        int read = in.read(buffer, offset + n, length - n);
        if (read < 0) {
          end = true;
        } else {
          n += read;
        }
      }
      if (n == 0 && end) {
        return -1;
      }
      if (n == length && length > 1 && Character.isHighSurrogate(buffer[offset + n - 1])) {
        kept = buffer[offset + n - 1];
        n--;
      }
      return n;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /** A YAML generator that double-quotes the literal blocks SnakeYAML would misread. */
  private static final class Generator extends YAMLGenerator {
    Generator(ObjectWriteContext writeContext, IOContext ioContext, int streamWriteFeatures, int yamlFeatures,
        StringQuotingChecker quotingChecker, Writer out, SpecVersion version, DumpSettings settings) {
      super(writeContext, ioContext, streamWriteFeatures, yamlFeatures, quotingChecker, out, version, settings);
    }

    @Override
    protected void _writeScalar(String value, String type, ScalarStyle style) {
      super._writeScalar(value, type,
          style == ScalarStyle.LITERAL && !literalReadsBack(value) ? ScalarStyle.DOUBLE_QUOTED : style);
    }
  }
}
