package org.ctnat.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core packages depend on each other in one direction only:
 * framework ← questionbank ← instrument ← response ← assessment ← analysis. A source file of a
 * package may refer only to core packages at or above it in that order, and to
 * {@code org.ctnat.core.internal}. Packages not yet written are simply absent.
 *
 * <p>The test reads the main sources (imports, static imports and fully qualified names in
 * code; comments and string literals are ignored).
 */
class PackageDependencyTest {

  /** The layers, from the bottom up: each may use those before it. */
  static final List<String> ORDER =
      List.of("framework", "questionbank", "instrument", "response", "assessment", "analysis");

  static final String ALWAYS_ALLOWED = "internal";

  private static final Pattern REFERENCE = Pattern.compile("\\borg\\s*\\.\\s*ctnat\\s*\\.\\s*core\\s*\\.\\s*(\\w+)");

  private static Path sourceRoot() {
    Path module = Path.of("src", "main", "java", "org", "ctnat", "core");
    if (Files.isDirectory(module)) {
      return module;
    }
    // when run from the repository root rather than the module directory
    return Path.of("ctnat-core").resolve(module);
  }

  /** The source with comments, string and character literals blanked out. */
  static String code(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        i = end < 0 ? n : end + 3;
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        i++;
        while (i < n && source.charAt(i) != c) {
          i += source.charAt(i) == '\\' ? 2 : 1;
        }
        i++;
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The core packages a source file refers to, other than its own. */
  static Set<String> references(String source, String ownPackage) {
    Set<String> packages = new TreeSet<>();
    Matcher m = REFERENCE.matcher(code(source));
    while (m.find()) {
      if (!m.group(1).equals(ownPackage)) {
        packages.add(m.group(1));
      }
    }
    return packages;
  }

  /** Whether a file of {@code from} may refer to core package {@code to}. */
  static boolean allowed(String from, String to) {
    if (to.equals(ALWAYS_ALLOWED) || to.equals(from)) {
      return true;
    }
    int target = ORDER.indexOf(to);
    return target >= 0 && target <= ORDER.indexOf(from);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> javaFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void corePackagesDependOnlyOnPackagesAboveThem() {
    Path root = sourceRoot();
    assertTrue(Files.isDirectory(root), "no sources at " + root.toAbsolutePath());
    Map<String, Integer> filesPerPackage = new LinkedHashMap<>();
    List<String> violations = new ArrayList<>();
    for (String layer : ORDER) {
      Path dir = root.resolve(layer);
      if (!Files.isDirectory(dir)) {
        continue;
      }
      List<Path> files = javaFiles(dir);
      filesPerPackage.put(layer, files.size());
      for (Path file : files) {
        for (String used : references(read(file), layer)) {
          if (!allowed(layer, used)) {
            violations.add(root.relativize(file) + " (" + layer + ") refers to org.ctnat.core." + used);
          }
        }
      }
    }
    // the scan must have found the packages that exist, or it proves nothing
    assertTrue(filesPerPackage.keySet().containsAll(List.of("framework", "questionbank", "instrument")),
        "scanned only " + filesPerPackage);
    filesPerPackage.forEach((layer, count) -> assertTrue(count > 0, "no source files in " + layer));
    assertTrue(filesPerPackage.values().stream().mapToInt(Integer::intValue).sum() >= 30,
        "too few source files scanned: " + filesPerPackage);
    assertEquals(List.of(), violations, "dependencies against the layer order");
  }

  @Test
  void everyCorePackageIsALayerOrInternal() {
    Path root = sourceRoot();
    try (Stream<Path> dirs = Files.list(root)) {
      List<String> unknown = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString())
          .filter(name -> !ORDER.contains(name) && !name.equals(ALWAYS_ALLOWED)).sorted().toList();
      assertEquals(List.of(), unknown, "packages outside the layer order; add them to ORDER");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void existingPackagesReferToTheLayersBelowThem() {
    // the scan does see real dependencies: instrument uses both lower layers
    Path instrument = sourceRoot().resolve("instrument");
    Set<String> used = new TreeSet<>();
    javaFiles(instrument).forEach(f -> used.addAll(references(read(f), "instrument")));
    assertTrue(used.containsAll(List.of("framework", "questionbank", "internal")), used::toString);
  }

  // --- the checker itself ---------------------------------------------------------------------

  @Test
  void checkerFlagsAnUpwardImport() {
    String source = "package org.ctnat.core.framework;\n"
        + "import org.ctnat.core.instrument.Instrument;\n"
        + "import static org.ctnat.core.questionbank.Polarity.POSITIVE;\n"
        + "class X {}\n";
    Set<String> used = references(source, "framework");
    assertEquals(Set.of("instrument", "questionbank"), used);
    assertTrue(used.stream().noneMatch(u -> allowed("framework", u)));
  }

  @Test
  void checkerFlagsAFullyQualifiedNameInCode() {
    String source = "package org.ctnat.core.questionbank;\n"
        + "class X { Object o = new org.ctnat.core.analysis.Summary(); }\n";
    assertEquals(Set.of("analysis"), references(source, "questionbank"));
    assertTrue(!allowed("questionbank", "analysis"));
  }

  @Test
  void checkerIgnoresCommentsAndStrings() {
    String source = "package org.ctnat.core.framework;\n"
        + "/** See {@link org.ctnat.core.instrument.Instrument}. */\n"
        + "class X { // org.ctnat.core.analysis\n"
        + "  String s = \"org.ctnat.core.response \\\" org.ctnat.core.assessment\";\n"
        + "  char c = '\"'; /* org.ctnat.core.analysis */ }\n";
    assertEquals(Set.of(), references(source, "framework"));
  }

  @Test
  void layersMayUseThemselvesTheLayersBelowAndInternal() {
    assertTrue(allowed("analysis", "framework"));
    assertTrue(allowed("instrument", "questionbank"));
    assertTrue(allowed("framework", "internal"));
    assertTrue(allowed("response", "response"));
    assertTrue(!allowed("instrument", "response"));
    assertTrue(!allowed("framework", "questionbank"));
    assertTrue(!allowed("assessment", "io"));
  }
}
