package org.ctnat.examples.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.ToolProvider;
import org.ctnat.core.framework.Framework;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's code compiles against {@code ctnat-core} without Immutables on its class path, and
 * without a warning: the generated value classes carry no annotation whose class only Immutables
 * has (javac warned "Cannot find annotation method 'from()' in type 'Generated'" for each one
 * before the style turned class-path annotations off).
 */
class CompileAgainstCoreTest {

  @Test
  void everyGeneratedValueClassCompilesWithoutImmutablesAndWithoutWarnings(@TempDir Path work)
      throws IOException, URISyntaxException {
    Path core = Path.of(Framework.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> generated = generatedClasses(core);
    assertTrue(generated.size() > 30, "the generated value classes of ctnat-core: " + generated);

    String source = "public class Use {\n  static final Class<?>[] TYPES = {\n"
        + generated.stream().map(name -> "    " + name + ".class,").collect(Collectors.joining("\n"))
        + "\n  };\n}\n";
    Path file = work.resolve("Use.java");
    Files.writeString(file, source);
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.replace('\\', '/').contains("/org/immutables/"))
        .collect(Collectors.joining(File.pathSeparator));

    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    boolean compiled;
    try (var files = javac.getStandardFileManager(diagnostics, null, null)) {
      compiled = javac.getTask(out, files, diagnostics,
          List.of("-Xlint:all", "-proc:none", "--release", "17", "-cp", classPath, "-d",
              work.resolve("classes").toString()),
          null, files.getJavaFileObjects(file)).call();
    }
    String reported = diagnostics.getDiagnostics().stream().map(Object::toString)
        .collect(Collectors.joining("\n")) + out;
    assertTrue(compiled, reported);
    assertEquals("", reported, "what javac said compiling against ctnat-core without Immutables");
  }

  /** The fully qualified names of the top-level {@code Immutable*} classes in core's classes. */
  private static List<String> generatedClasses(Path core) throws IOException {
    List<String> entries = new ArrayList<>();
    if (Files.isDirectory(core)) {
      try (Stream<Path> walk = Files.walk(core)) {
        walk.filter(Files::isRegularFile)
            .forEach(path -> entries.add(core.relativize(path).toString().replace(File.separatorChar, '/')));
      }
    } else {
      try (ZipFile jar = new ZipFile(core.toFile())) {
        jar.stream().forEach(entry -> entries.add(entry.getName()));
      }
    }
    return entries.stream()
        .filter(name -> name.startsWith("org/ctnat/core/") && name.endsWith(".class"))
        .filter(name -> name.substring(name.lastIndexOf('/') + 1).startsWith("Immutable"))
        .filter(name -> !name.contains("$"))
        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
        .sorted()
        .toList();
  }
}
