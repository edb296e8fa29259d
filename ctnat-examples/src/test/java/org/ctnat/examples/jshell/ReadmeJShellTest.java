package org.ctnat.examples.jshell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.VarSnippet;
import org.junit.jupiter.api.Test;

/**
 * Runs the README's two JShell sessions through JShell — the five lines that load the standard
 * instrument and print one criterion, in a plain {@code jshell -q}, and the walkthrough with the
 * start-up script {@code ctnat.jsh} loaded — and checks that every snippet is accepted and prints
 * exactly what the README shows, so the README cannot drift from the code.
 */
class ReadmeJShellTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Path STARTUP = Path.of("ctnat.jsh");
  private static final String WALKTHROUGH = "jshell-walkthrough";
  private static final String FIVE_LINES = "jshell-five-lines";
  private static final String DEFAULT_IMPORTS = "import java.io.*; import java.math.*; import java.net.*; "
      + "import java.nio.file.*; import java.util.*; import java.util.concurrent.*; import java.util.function.*; "
      + "import java.util.prefs.*; import java.util.regex.*; import java.util.stream.*;";
  private static final String PROMPT = "jshell> ";

  /** One snippet of the walkthrough and the lines the README shows after it. */
  record Step(String snippet, List<String> expected) {}

  /** The steps of the README's session between {@code <!-- name:start -->} and {@code <!-- name:end -->}. */
  private static List<Step> session(String name) throws Exception {
    String readme = Files.readString(README, StandardCharsets.UTF_8);
    String startMark = "<!-- " + name + ":start -->";
    String endMark = "<!-- " + name + ":end -->";
    int start = readme.indexOf(startMark);
    int end = readme.indexOf(endMark);
    assertTrue(start >= 0 && end > start, "the README marks its session with " + startMark + " and " + endMark);
    List<String> lines = readme.substring(start + startMark.length(), end).strip().lines()
        .filter(line -> !line.startsWith("```") && !line.startsWith("$ jshell")).toList();
    List<Step> steps = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith(PROMPT)) {
        steps.add(new Step(line.substring(PROMPT.length()), new ArrayList<>()));
      } else {
        assertFalse(steps.isEmpty(), "output before the first prompt: " + line);
        steps.get(steps.size() - 1).expected().add(line);
      }
    }
    return steps;
  }

  /**
   * Evaluates source made of one or more snippets; fails on any that JShell rejects or that throws.
   * Returns what {@code jshell -q} (concise feedback) echoes: {@code $n ==> value} for each expression,
   * nothing for declarations and imports.
   */
  /**
   * A JShell that runs snippets in this JVM (so {@code System.out} is what the test captures), sees
   * the test's class path, and, given a count of the snippets {@code typed}, names an expression's
   * value {@code $n} after the n-th snippet typed, like the JShell tool ({@code null}: JShell's own
   * names).
   */
  private static JShell shell(PrintStream out, AtomicInteger typed) {
    JShell.Builder builder = JShell.builder().executionEngine("local").out(out).err(out);
    if (typed != null) {
      builder.tempVariableNameGenerator(() -> "$" + typed.get());
    }
    JShell shell = builder.build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      shell.addToClasspath(entry);
    }
    return shell;
  }

  private static String eval(JShell shell, String source, String where) {
    StringBuilder echo = new StringBuilder();
    SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
    String rest = source;
    while (!rest.isBlank()) {
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(rest);
      String snippet = info.source();
      if (snippet == null || snippet.isBlank()) {
        fail(where + ": incomplete snippet: " + rest);
      }
      for (SnippetEvent event : shell.eval(snippet)) {
        if (event.exception() != null) {
          fail(where + ": " + snippet.strip() + " threw " + event.exception());
        }
        if (event.status() == Snippet.Status.REJECTED) {
          fail(where + ": JShell rejected " + snippet.strip() + ": " + shell.diagnostics(event.snippet())
              .map(d -> d.getMessage(java.util.Locale.ROOT)).collect(Collectors.joining("; ")));
        }
        if (event.snippet() instanceof VarSnippet variable
            && variable.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND && event.value() != null) {
          echo.append(variable.name()).append(" ==> ").append(event.value()).append('\n');
        }
      }
      rest = info.remaining();
    }
    return echo.toString();
  }

  /**
   * Runs a session's steps, comparing what each prints and echoes with what the README shows after
   * it. Like the JShell tool, names an expression's value {@code $n} after the n-th snippet typed.
   */
  private static void replay(JShell shell, AtomicInteger typed, ByteArrayOutputStream printed, PrintStream out,
      List<Step> steps) {
    for (Step step : steps) {
      typed.incrementAndGet();
      printed.reset();
      String echo = eval(shell, step.snippet(), "README");
      out.flush();
      List<String> actual = (printed.toString(StandardCharsets.UTF_8) + echo).lines().toList();
      assertEquals(String.join("\n", step.expected()), String.join("\n", actual),
          "what the README shows after jshell> " + step.snippet());
    }
  }

  /**
   * The foundation's five lines: a plain {@code jshell -q} (the default start-up only) loads the
   * standard instrument and prints criterion 1.3 with its four indicators.
   */
  @Test
  void theReadmesFiveLinesPrintOneCriterionWithItsFourIndicators() throws Exception {
    List<Step> steps = session(FIVE_LINES);
    assertEquals(5, steps.size(), "five lines");
    String shown = steps.stream().flatMap(step -> step.expected().stream()).collect(Collectors.joining("\n"));
    for (String indicator : List.of("1.3-F1", "1.3-F2", "1.3-O1", "1.3-O2")) {
      assertTrue(shown.contains(indicator), "the README shows indicator " + indicator);
    }
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    PrintStream original = System.out;
    System.setOut(out);
    AtomicInteger typed = new AtomicInteger();
    try (JShell shell = shell(out, typed)) {
      eval(shell, DEFAULT_IMPORTS, "DEFAULT");
      replay(shell, typed, printed, out, steps);
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void theReadmeWalkthroughPrintsWhatTheReadmeShows() throws Exception {
    List<Step> steps = session(WALKTHROUGH);
    assertTrue(steps.size() >= 8, "the walkthrough has its steps: " + steps.size());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    PrintStream original = System.out;
    System.setOut(out); // the local execution engine runs snippets in this JVM
    AtomicInteger typed = new AtomicInteger();
    try (JShell shell = shell(out, typed)) {
      // what --startup DEFAULT gives an interactive session
      eval(shell, DEFAULT_IMPORTS, "DEFAULT");
      eval(shell, Files.readString(STARTUP, StandardCharsets.UTF_8), STARTUP.toString());
      assertEquals("", printed.toString(StandardCharsets.UTF_8), "the start-up script prints nothing");
      replay(shell, typed, printed, out, steps);
    } finally {
      System.setOut(original);
    }
  }

  /** The helper {@code responses(file)} reads wide CSV, JSON lines and assessments alike. */
  @Test
  void theStartupScriptsHelperReadsEveryKindOfResponseFile(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    List<Path> files = org.ctnat.examples.worked.WorkedExample.write(dir);
    Path lines = dir.resolve("responses.jsonl");
    org.ctnat.io.SurveyResponses.writeLines(org.ctnat.io.Instruments.ctnat2016(),
        org.ctnat.examples.worked.WorkedExample.load2024().surveyResponses(), lines);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    PrintStream original = System.out;
    System.setOut(out);
    try (JShell shell = shell(out, null)) {
      eval(shell, "import java.util.*;", "imports");
      eval(shell, Files.readString(STARTUP, StandardCharsets.UTF_8), STARTUP.toString());
      for (Path file : List.of(files.get(0), files.get(1), lines)) {
        printed.reset();
        eval(shell, "System.out.println(responses(\"" + file.toString().replace("\\", "\\\\") + "\").size())",
            file.toString());
        String shown = printed.toString(StandardCharsets.UTF_8);
        assertTrue(shown.strip().endsWith("42"), file + ": " + shown);
        if (file.toString().endsWith(".csv")) {
          assertTrue(shown.contains("4 problems"), "the CSV's bad rows are reported: " + shown);
        }
      }
    } finally {
      System.setOut(original);
    }
  }
  // ------------------------------------------------------------------ the adaptation example

  private static final String USING_IT = "## Using it";
  /** The file the adaptation example writes and reads back, relative to the working directory. */
  private static final String FILE_IN_README = "Path.of(\"ctnat-2016-geo.yaml\")";

  /** The first {@code ```java} block after the heading "## Using it" of the README. */
  private static String adaptationBlock() throws Exception {
    List<String> lines = Files.readAllLines(README, StandardCharsets.UTF_8);
    int heading = lines.indexOf(USING_IT);
    assertTrue(heading >= 0, "README.md has the heading \"" + USING_IT + "\" with the adaptation example");
    int start = -1;
    for (int i = heading + 1; i < lines.size() && start < 0 && !lines.get(i).startsWith("## "); i++) {
      if (lines.get(i).strip().equals("```java")) {
        start = i + 1;
      }
    }
    assertTrue(start >= 0, "README.md has a ```java block under \"" + USING_IT + "\": the adaptation example");
    int end = start;
    while (end < lines.size() && !lines.get(end).strip().equals("```")) {
      end++;
    }
    assertTrue(end < lines.size(), "the adaptation example's block is closed");
    return String.join("\n", lines.subList(start, end)) + "\n";
  }

  /**
   * The README's "adapt it" example, read from the README (the first {@code ```java} block under
   * "Using it") and run through JShell with the SDK's packages imported, so that the README and
   * the code cannot drift apart.
   */
  @Test
  void theReadmesAdaptationExampleBuildsAndLeavesTheOriginalUnchanged(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    String block = adaptationBlock();
    // The block writes ctnat-2016-geo.yaml to the working directory and reads it back; a test
    // writes to a temporary directory instead (the snippets run in this JVM, whose working
    // directory cannot change), so the block's file is redirected there before it is evaluated.
    assertTrue(block.contains(FILE_IN_README), "the README's adaptation example writes " + FILE_IN_README
        + ", which this test redirects; update the test if the example changed:\n" + block);
    Path file = dir.resolve("ctnat-2016-geo.yaml");
    String path = "Path.of(\"" + file.toAbsolutePath().toString().replace("\\", "\\\\") + "\")";
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    try (JShell shell = shell(out, null)) {
      eval(shell, DEFAULT_IMPORTS + " import org.ctnat.core.framework.*; import org.ctnat.core.questionbank.*; "
          + "import org.ctnat.core.instrument.*; import org.ctnat.io.*;", "imports");
      eval(shell, block.replace(FILE_IN_README, path), "README");
      assertTrue(Files.isRegularFile(file), "the README's example wrote " + file);
      assertEquals("true", value(shell, "georgia.equals(back)"), "the written instrument reads back equal");
      assertEquals("true", value(shell, "Instruments.ctnat2016().equals(ctnat)"), "the original is unchanged");
      assertEquals("96", value(shell, "georgia.framework().indicators().size()"),
          "criterion 4.5 and its four indicators dropped");
      assertEquals("\"Georgia (Sakartvelo)\"", value(shell,
          "((SingleChoice) georgia.survey().question(ItemId.of(\"1.1\")).orElseThrow()).options().stream()"
              + ".filter(o -> o.code().equals(\"georgia\")).findFirst().orElseThrow().label().english()"));
      assertEquals("true", value(shell, "georgia.interviewGuide().sections().stream()"
          + ".flatMap(s -> s.questions().stream()).anyMatch(q -> q.id().value().equals(\"3.9\"))"), "3.9 added");
    }
  }

  /** The value JShell gives an expression, as it would echo it. */
  private static String value(JShell shell, String expression) {
    List<SnippetEvent> events = shell.eval(expression);
    assertEquals(1, events.size(), expression);
    SnippetEvent event = events.get(0);
    assertTrue(event.exception() == null && event.status() == Snippet.Status.VALID, () -> expression + ": "
        + event.exception() + " " + shell.diagnostics(event.snippet()).map(d -> d.getMessage(java.util.Locale.ROOT))
            .collect(Collectors.joining("; ")));
    return event.value();
  }
}
