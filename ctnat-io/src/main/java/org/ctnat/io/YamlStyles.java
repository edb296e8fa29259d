package org.ctnat.io;

import java.io.Writer;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.common.SpecVersion;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLFactoryBuilder;
import tools.jackson.dataformat.yaml.YAMLGenerator;
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

  /** A YAML factory that creates {@link Generator}s. */
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
