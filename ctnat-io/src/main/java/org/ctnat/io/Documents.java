package org.ctnat.io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Parsing and writing of envelope documents as trees, with the SDK's limits and error
 * reporting. Package-private: the public entry points are the per-artifact classes such as
 * {@link Instruments}.
 *
 * <p>Stateless apart from its immutable, thread-safe mappers.
 */
final class Documents {

  /** The format name in every envelope. */
  static final String FORMAT = "ctnat";
  /** The newest format version this SDK writes and reads. */
  static final int FORMAT_VERSION = 1;

  /** Largest document read by default, in bytes. */
  static final int MAX_DOCUMENT_BYTES = DocumentLimits.DEFAULT_MAX_DOCUMENT_BYTES;
  /** Deepest nesting of arrays and objects read by default. */
  static final int MAX_NESTING_DEPTH = DocumentLimits.DEFAULT_MAX_NESTING_DEPTH;
  /** Longest string value read by default, in characters. */
  static final int MAX_STRING_LENGTH = DocumentLimits.DEFAULT_MAX_STRING_LENGTH;

  private static final JsonMapper JSON = json(DocumentLimits.DEFAULT);

  private static final YAMLMapper YAML = yaml(DocumentLimits.DEFAULT);

  /** Mappers for limits other than the defaults, built on first use; few callers ever need one. */
  private static final java.util.Map<DocumentLimits, ObjectMapper[]> OTHERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static StreamReadConstraints constraints(DocumentLimits limits) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentBytes())
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNumberLength(100)
        .maxNameLength(1000)
        .build();
  }

  private static JsonMapper json(DocumentLimits limits) {
    return JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints(limits)).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /**
   * YAML, with every string written in a style SnakeYAML reads back as that string: strings that
   * could be read back as numbers or hold U+0085 (next line) are quoted, and multi-line strings
   * are literal blocks unless a line break other than {@code \n} would be misread in one, when
   * they are double-quoted; see {@link YamlStyles}.
   */
  private static YAMLMapper yaml(DocumentLimits limits) {
    return YAMLMapper.builder(
            YamlStyles.factoryBuilder().streamReadConstraints(constraints(limits))
                // SnakeYAML stops at 3 MiB of its own accord; the document limit is the one that counts
                .loadSettings(LoadSettings.builder().setCodePointLimit(limits.maxDocumentBytes()).build())
                .stringQuotingChecker(new YamlStyles.QuoteMisreadStrings()).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
        .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
        .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .disable(YAMLWriteFeature.SPLIT_LINES)
        .build();
  }

  private Documents() {}

  static ObjectMapper mapper(DocumentFormat format) {
    return format == DocumentFormat.YAML ? YAML : JSON;
  }

  /** The mapper of the format that reads with these limits. */
  static ObjectMapper mapper(DocumentFormat format, DocumentLimits limits) {
    if (limits.equals(DocumentLimits.DEFAULT)) {
      return mapper(format);
    }
    if (OTHERS.size() > 16) {
      OTHERS.clear(); // a caller cycling through many limits gets no unbounded cache
    }
    ObjectMapper[] mappers = OTHERS.computeIfAbsent(limits, l -> new ObjectMapper[] {json(l), yaml(l)});
    return format == DocumentFormat.YAML ? mappers[1] : mappers[0];
  }

  static ObjectNode newObject() {
    return JSON.createObjectNode();
  }

  /** How a facade reads one document from a stream. */
  @FunctionalInterface
  interface StreamReader<T> {
    T read(InputStream in, String source, DocumentFormat format);
  }

  /**
   * Reads a file with {@code reader}, in the format its name implies; the file name is the
   * source in error messages.
   */
  static <T> T readFile(java.nio.file.Path file, StreamReader<T> reader) {
    return readFile(file, (in, source, format, limits) -> reader.read(in, source, format), DocumentLimits.DEFAULT);
  }

  /** How a facade reads one document from a stream with limits. */
  @FunctionalInterface
  interface LimitedStreamReader<T> {
    T read(InputStream in, String source, DocumentFormat format, DocumentLimits limits);
  }

  /**
   * Reads a file with {@code reader} and the limits, in the format its name implies; the file
   * name is the source in error messages.
   */
  static <T> T readFile(java.nio.file.Path file, LimitedStreamReader<T> reader, DocumentLimits limits) {
    java.util.Objects.requireNonNull(limits, "limits");
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return reader.read(in, file.toString(), DocumentFormat.ofFileName(file.getFileName().toString()), limits);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Checks a facade's stream arguments and reads all bytes, refusing more than the limit. */
  static byte[] readStream(InputStream in, String source, DocumentFormat format, DocumentLimits limits) {
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(source, "source");
    java.util.Objects.requireNonNull(format, "format");
    java.util.Objects.requireNonNull(limits, "limits");
    return readAll(in, source, limits);
  }

  /**
   * Reads all bytes, refusing more than the document limit.
   */
  static byte[] readAll(InputStream in, String source, DocumentLimits limits) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) > 0) {
        if ((long) out.size() + n > limits.maxDocumentBytes()) {
          throw new CtnatReadException(source, "", 0, 0, "document is larger than the limit of "
              + limits.maxDocumentBytes() + " bytes (raise it with DocumentLimits)", null);
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses a document into a tree and checks its envelope.
   *
   * @return the envelope's payload member {@code kind}
   */
  static Node parseEnvelope(byte[] bytes, String source, DocumentFormat format, String kind) {
    return parseEnvelope(bytes, source, format, kind, DocumentLimits.DEFAULT);
  }

  /**
   * Parses a document into a tree with the limits, and checks its envelope.
   *
   * @return the envelope's payload member {@code kind}
   */
  static Node parseEnvelope(byte[] bytes, String source, DocumentFormat format, String kind, DocumentLimits limits) {
    JsonNode root;
    ObjectMapper mapper = mapper(format, limits);
    JsonParser parser = mapper.createParser(bytes);
    try (parser) {
      root = mapper.readTree(parser);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      if (at == null || at.getLineNr() <= 0) {
        at = parser.currentLocation(); // limit violations carry no location of their own
      }
      throw new CtnatReadException(source, "", Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
          "malformed " + format + ": " + e.getOriginalMessage(), e);
    }
    if (format == DocumentFormat.YAML) {
      refuseAliases(bytes, source, mapper);
    }
    Node document = new Node(root, "", new Locator(bytes, source, format, limits));
    if (root == null || root.isMissingNode()) {
      throw document.problem("document is empty; expected a ctnat envelope {format, formatVersion, kind, "
          + kind + "}");
    }
    document.expectObject();
    String formatName = document.required("format").string();
    if (!FORMAT.equals(formatName)) {
      throw document.required("format").problem("format must be '" + FORMAT + "', but was '" + formatName + "'");
    }
    Node version = document.required("formatVersion");
    int formatVersion = version.integer();
    if (formatVersion < 1 || formatVersion > FORMAT_VERSION) {
      throw version.problem("formatVersion " + formatVersion + " is not supported; this SDK reads 1 to "
          + FORMAT_VERSION);
    }
    String actualKind = document.required("kind").string();
    if (!kind.equals(actualKind)) {
      throw document.required("kind").problem("kind must be '" + kind + "', but was '" + actualKind + "'");
    }
    document.allowOnly("format", "formatVersion", "kind", kind);
    return document.required(kind);
  }

  /**
   * Refuses YAML aliases ({@code *name}): the tree reader would return an alias as the plain
   * string of its name, silently corrupting the data, and expanding them invites "billion
   * laughs" documents. CT-NAT documents never need them.
   */
  private static void refuseAliases(byte[] bytes, String source, ObjectMapper mapper) {
    try (JsonParser parser = mapper.createParser(bytes)) {
      while (parser.nextToken() != null) {
        if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
          TokenStreamLocation at = parser.currentTokenLocation();
          throw new CtnatReadException(source, parser.streamReadContext().pathAsPointer().toString(),
              Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()),
              "YAML aliases (*" + parser.getString() + ") are not allowed; write the value out", null);
        }
      }
    } catch (JacksonException e) {
      // the document parsed once already; nothing more to learn here
    }
  }

  /** A new envelope holding {@code payload} as {@code kind}. */
  static ObjectNode envelope(String kind, JsonNode payload) {
    ObjectNode root = newObject();
    root.put("format", FORMAT);
    root.put("formatVersion", FORMAT_VERSION);
    root.put("kind", kind);
    root.set(kind, payload);
    return root;
  }

  static String write(JsonNode tree, DocumentFormat format) {
    String text = mapper(format).writeValueAsString(tree);
    return text.endsWith("\n") ? text : text + "\n";
  }

  /** Finds the line and column of a JSON pointer by scanning the document's tokens again. */
  static final class Locator {
    private final byte[] bytes;
    private final String source;
    private final DocumentFormat format;
    private final DocumentLimits limits;

    Locator(byte[] bytes, String source, DocumentFormat format) {
      this(bytes, source, format, DocumentLimits.DEFAULT);
    }

    Locator(byte[] bytes, String source, DocumentFormat format, DocumentLimits limits) {
      this.bytes = bytes;
      this.source = source;
      this.format = format;
      this.limits = limits;
    }

    String source() {
      return source;
    }

    int[] locate(String pointer) {
      try (JsonParser parser = mapper(format, limits).createParser(bytes)) {
        while (parser.nextToken() != null) {
          String at = parser.streamReadContext().pathAsPointer().toString();
          if (at.equals(pointer)) {
            TokenStreamLocation location = parser.currentTokenLocation();
            return new int[] {Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr())};
          }
        }
      } catch (JacksonException e) {
        // the document parsed once already; a second failure leaves the location unknown
      }
      // the whole document, or an element the scan did not reach, starts at its beginning
      return pointer.isEmpty() ? new int[] {1, 1} : new int[] {0, 0};
    }
  }
}
